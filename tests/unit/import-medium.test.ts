import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContent, loadSite } from "@/lib/content";
import { downloadImage, sniffImageType } from "@/lib/import/images";
import { readMediumPost, slugFromAddress } from "@/lib/import/medium/post";
import { exitCode, formatReportJson, formatReportText } from "@/lib/import/report";
import { importPosts, UsageError } from "@/lib/import/run";
import type { SourcePost } from "@/lib/import/source";
import { FIXTURE, fixtureHtml, imageServer, importFixtures, IMPORTED_FIXTURE, PNG, snapshot, tempSite } from "./import-helpers";

let server: Awaited<ReturnType<typeof imageServer>>;
beforeAll(async () => {
  server = await imageServer();
});
afterAll(() => server.close());

describe("a post with every construct Medium's editor makes", () => {
  let essay: string;
  let result: Awaited<ReturnType<typeof importFixtures>>;
  beforeAll(async () => {
    result = await importFixtures([FIXTURE.everything], { imageOrigin: server.origin });
    essay = result.read("every-construct-under-one-roof");
  });

  it("writes frontmatter that names the post's own title, subtitle, day, byline and address", () => {
    const frontmatter = `${essay.split("\n---\n")[0]}\n`;
    expect(frontmatter).toContain("title: Every Construct Under One Roof\n");
    expect(frontmatter).toContain("summary: A post that uses everything Medium’s editor offers\n");
    expect(frontmatter).toContain("published: 2021-03-04\n");
    // "Ada Writer" already has a page, so the essay is hers and no new author is made.
    expect(frontmatter).toContain("authors:\n  - ada-writer\n");
    expect(result.report.authorsCreated).toEqual([]);
    expect(frontmatter).toContain("originalUrl: https://medium.com/@adawriter/every-construct-under-one-roof-1a2b3c4d5e6f\n");
    expect(frontmatter).not.toContain("canonical");
    expect(frontmatter).not.toContain("draft");
  });

  it("drops the title and subtitle the body repeats, and keeps Medium's headings as ## and ###", () => {
    const body = essay.split("\n---\n").slice(1).join("\n---\n");
    expect(body.trimStart().startsWith("Clinics close")).toBe(true);
    expect(body).not.toContain("Every Construct Under One Roof");
    expect(body).toContain("\n## A large heading\n");
    expect(body).toContain("\n### A small heading\n");
  });

  it("keeps inline formatting and links without Medium's attributes, following its redirects", () => {
    expect(essay).toContain("**funding**");
    expect(essay).toContain("*not* new");
    expect(essay).toContain("`pattern`");
    expect(essay).toContain("[the county report](https://example.org/report)");
    expect(essay).toContain("[a study Medium sent through its redirect](https://example.org/redirected)");
    expect(essay).not.toMatch(/data-href|markup--|target=|rel=|medium\.com\/r\//);
  });

  it("keeps quotes, pull quotes, lists, hard line breaks and section dividers", () => {
    expect(essay).toContain("> A quotation from a *witness*, set apart.");
    expect(essay).toContain("> A pull quote: the author’s own words, set large.");
    expect(essay).toContain("1. First, the numbered point.\n2. Second, with **bold** words.");
    expect(essay).toContain("- A bullet.\n- Another bullet.");
    expect(essay).toContain("A line of a poem\\\nbroken by hand\\\nstays broken.");
    expect(essay).toMatch(/- Another bullet\.\n\n---\n\nAfter the section divider/);
  });

  it("writes code blocks as fenced code with their exact text, and a language only when the author chose it", () => {
    expect(essay).toContain('```\nconst notes = [1, 2];\nif (notes.length < 3) { print("<few>"); }\n```');
    expect(essay).toContain('```python\ndef care(people):\n    return {"housing": people}\n```');
    expect(essay).toContain('```\necho "Medium guessed this language"\n```');
  });

  it("escapes what Markdown and MDX would read as syntax, so every character reads as written", async () => {
    const site = await loadSite({ layout: result.layout, includeDrafts: true });
    const article = site.articles.find((item) => item.slug === "every-construct-under-one-roof")!;
    const { toString } = await import("hast-util-to-string");
    const text = toString(article.body);
    for (const phrase of [
      "{braces}, a <tag> that is not one, 2 * 3 * 4, snake_case_words, [square brackets], a #hashtag, and a back`tick.",
      "# not a heading, just a hash at the start",
      "import this line is prose, not code; export it as prose too.",
      "Curly “double” and ‘single’ quotes, an em dash — and an en dash – stay; so do emoji ✊🏾🌱, Arabic العدالة الصحية, Chinese 健康与正义, and Hindi स्वास्थ्य न्याय.",
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it("downloads an image into the essay's folder and keeps its alt text and caption", () => {
    expect(essay).toContain("![People holding candles at night](/images/articles/every-construct-under-one-roof/image-1.png)\n\nA vigil outside the courthouse");
    const file = path.join(result.layout.publicDir, "images/articles/every-construct-under-one-roof/image-1.png");
    expect(readFileSync(file).equals(PNG)).toBe(true);
  });

  it("leaves out an image that is missing or not an image, with an editor's note and a warning", () => {
    const post = result.report.posts[0];
    expect(post.status).toBe("written");
    expect(post.imagesFetched).toBe(1);
    expect(post.imagesFailed).toEqual([
      `${server.origin}missing.png: the server answered 404`,
      `${server.origin}fake.png: what came back is not a PNG, JPEG, GIF or WebP image`,
    ]);
    expect(essay).toContain(`*Editor's note: the image this caption describes could not be brought over from the original post; it was at [${server.origin}missing.png](${server.origin}missing.png).*\n\nA chart that no longer exists\n`);
    expect(essay).not.toContain("fake.png)\n");
    expect(exitCode(result.report)).toBe(0);
  });

  it("turns a video, a tweet and a link card into plain links, and lets nothing executable through", () => {
    expect(essay).toContain("[A talk on harm reduction](https://www.youtube-nocookie.com/embed/abc123)");
    expect(essay).toContain("[Care, not cages. — A Person (@aperson) June 2, 2020](https://twitter.com/aperson/status/1234567890)");
    expect(essay).toContain("[A Community Safety Toolkit](https://example.org/toolkit) — Practical steps for neighbours");
    expect(essay).toContain("[The budget script, as a gist](https://medium.com/media/5b7c3a0d9e8f1a2b3c4d5e6f7a8b9c0d?postId=1a2b3c4d5e6f)");
    expect(essay).not.toMatch(/<iframe|<script|widgets\.js|javascript:|onclick|alert/i);
    expect(essay).toContain("Some links should not survive: this one runs code, and this span has a handler.");
    const post = result.report.posts[0];
    expect(post.embedsLinked).toBe(4);
    expect(post.warnings.join("\n")).toContain("an embed (a gist, video or tweet) was exported only as Medium's own address for it");
    expect(post.dropped).toEqual([
      "a <script> from platform.twitter.com (its embed became a link)",
      "a javascript: link (“this one runs code”), kept as text",
      "an onclick handler on <span>",
      "<script>",
    ]);
  });

  it("passes the content check, which the import ran and reported", async () => {
    expect(result.report.check).toMatchObject({ ok: true, problems: [] });
    expect((await checkContent({ layout: result.layout, includeDrafts: true })).problems).toEqual([]);
  });
});

describe("a post whose embeds are only scripts, as Medium exports gists", () => {
  let essay: string;
  let result: Awaited<ReturnType<typeof importFixtures>>;
  beforeAll(async () => {
    result = await importFixtures([FIXTURE.embedScripts], { imageOrigin: server.origin });
    essay = result.read("counting-shelter-beds-in-the-open");
  });

  it("keeps the lead image set above the title, and still drops the title the body repeats", () => {
    const body = essay.split("\n---\n").slice(1).join("\n---\n");
    expect(body.trimStart()).toMatch(/^!\[A row of folded cots in a church hall\]\(\/images\/articles\/counting-shelter-beds-in-the-open\/[^)]+\)\n\nEvery Sunday/);
    expect(body).not.toContain("Counting Shelter Beds in the Open");
  });

  it("links a gist to its page, by its owner and file with a caption that links elsewhere beside it, and a tweet to its status", () => {
    expect(essay).toContain(
      "\n\n[Gist by reframe-data](https://gist.github.com/reframe-data/4f6a1c2e9b8d7a3f5e0c1b2a3d4e5f60) — The program that reads each shelter’s morning sheet, in the layout [the county publishes](https://example.org/county/bed-sheet-format)\n\n",
    );
    expect(essay).toContain("\n\n[Gist by reframe-data: add_up.py](https://gist.github.com/reframe-data/8e7d6c5b4a39281706f5e4d3c2b1a090)\n\n");
    expect(essay).toContain("\n\n[41 beds free tonight across six shelters. Call before you walk over. — Bed Count (@bedcount) February 12, 2023](https://x.com/bedcount/status/1623456789012345678)\n\n");
    expect(essay).not.toMatch(/<script|\.js\b|counter\.example|http:\/\/gist/);
  });

  it("reports the links it made and every script it left behind, naming where each came from", () => {
    const post = result.report.posts[0];
    expect(post.embedsLinked).toBe(3);
    expect(post.dropped).toEqual([
      "a <script> from gist.github.com (its embed became a link)",
      "a <script> from gist.github.com (its embed became a link)",
      "a <script> from platform.twitter.com (its embed became a link)",
      "an embed with no address a reader could follow (a <script> from counter.example)",
      "an embed with no address a reader could follow (a <script> from gist.github.com)",
    ]);
    expect(result.report.check).toMatchObject({ ok: true, problems: [] });
  });
});

describe("image downloads", () => {
  it("accept PNG, JPEG, GIF and WebP by their bytes, whatever the server calls them", () => {
    expect(sniffImageType(PNG)).toBe("png");
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe("jpeg");
    expect(sniffImageType(new TextEncoder().encode("GIF89a\u0001\u0000"))).toBe("gif");
    expect(sniffImageType(new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBe("webp");
    expect(sniffImageType(new TextEncoder().encode("<!doctype html>"))).toBeUndefined();
    expect(sniffImageType(new TextEncoder().encode("<svg xmlns="))).toBeUndefined();
  });

  it("give up on a server that does not answer in time, or an image over the size limit", async () => {
    expect(await downloadImage(`${server.origin}slow.png`, { timeoutMs: 300, maxBytes: 1024 * 1024 })).toEqual({ ok: false, reason: "no answer within 0.3 s" });
    expect(await downloadImage(`${server.origin}big.png`, { timeoutMs: 5_000, maxBytes: 1024 * 1024 })).toEqual({ ok: false, reason: "it is larger than 1 MB" });
    expect(await downloadImage(`${server.origin}photo.png`, { timeoutMs: 5_000, maxBytes: 1024 * 1024 })).toMatchObject({ ok: true, type: "png" });
  });
  it("gives an image with neither alt text nor caption a placeholder description, and asks for a real one", async () => {
    const everyImage = await imageServer({ everyImageFound: true });
    try {
      const { report, read } = await importFixtures([FIXTURE.everything], { imageOrigin: everyImage.origin });
      expect(read("every-construct-under-one-roof")).toContain("![An image from the original post](/images/articles/every-construct-under-one-roof/image-3.png)");
      expect(report.posts[0].warnings).toContain("an image has neither alt text nor a caption; each got the alt text “An image from the original post”: describe what it shows");
      expect(read("every-construct-under-one-roof")).toContain("![A chart that no longer exists](/images/articles/every-construct-under-one-roof/image-2.png)\n\nA chart that no longer exists");
    } finally {
      await everyImage.close();
    }
  });
});

describe("notes", () => {
  it("pairs each marker style with its notes and writes them as footnotes", async () => {
    const { report, read } = await importFixtures([FIXTURE.brackets, FIXTURE.parens, FIXTURE.superscript, FIXTURE.sup]);
    expect(report.posts.map((post) => [post.title, post.notesRecovered])).toEqual([
      ["Care Without Cages", 3],
      ["Housing First, in Numbers", 2],
      ["Peer Support Saves Lives", 3],
      ["Who Calls for Help", 2],
    ]);
    // [1] markers, notes as paragraphs under a "Notes" heading, a link inside a note.
    expect(read("care-without-cages")).toContain("not handcuffs.[^1] Their numbers fell when the grant required a police partner.[^2]");
    expect(read("care-without-cages")).toContain("[^2]: See [the grant terms](https://example.org/grant-terms), section 4.");
    expect(read("care-without-cages")).not.toMatch(/^#+ Notes/m);
    // (1) markers, notes as items of a list under "Footnotes".
    expect(read("housing-first-in-numbers")).toMatch(/housed\.\[\^1\] They cost less than shelters and jails\.\[\^2\]\n\n\[\^1\]: A ten-year study of one city’s programme\.\n\n\[\^2\]: Per person, per year, in the same city\.\n$/);
    // ¹²³ markers, notes as lines of one paragraph under a bold "Notes".
    expect(read("peer-support-saves-lives")).toMatch(/deaths\[\^1\] and keeps people in treatment longer\.\[\^2\] Funding it is a choice\.\[\^3\]\n\n\[\^1\]: A review of twelve peer programmes\.\n\n\[\^2\]: Retention measured at six months\.\n\n\[\^3\]: See the state budget hearings\.\n$/);
    // <sup>1</sup> markers, notes as the closing paragraphs with no heading.
    expect(read("who-calls-for-help")).toMatch(/help\.\[\^1\] Workers reported violence more often\.\[\^2\]\n\n\[\^1\]: Survey of workers before and after the change\.\n\n\[\^2\]: Reports to the community line, not to the police\.\n$/);
    expect(report.check?.ok).toBe(true);
  });

  it("leaves markers and notes as written when they do not pair, and says which do not", async () => {
    const { report, read } = await importFixtures([FIXTURE.unpaired, FIXTURE.noNotes]);
    const [unpaired, noNotes] = report.posts;
    expect(unpaired.notesRecovered).toBe(0);
    expect(unpaired.warnings).toContain("the notes do not pair one to one with their markers (marker [3] has no note); markers and notes are left as written");
    expect(read("silence-is-a-position")).toContain("The field stayed silent.\\[1] It relied on carceral\\[2] penalties.\\[3]");
    expect(read("silence-is-a-position")).toContain("## Notes\n\n\\[1] A statement from June 2020.");
    expect(read("silence-is-a-position")).not.toContain("[^");
    expect(noNotes.warnings).toContain("note markers [1], [2] have no notes in the post; they are left as written");
    // The fidelity report names them too, as what an editor must look at.
    expect(unpaired.fidelity?.notes).toEqual({ found: 2, paired: 0, markersWithoutNote: ["[3]"], notesWithoutMarker: [] });
    expect(noNotes.fidelity?.notes.markersWithoutNote).toEqual(["[1]", "[2]"]);
    const text = formatReportText(report);
    expect(text).toContain("  lost: the notes: marker [3] without a note, so no marker became a footnote");
    expect(text).toContain("  lost: the notes: [1], [2] look like note markers, but the post lists no notes; left as written");
    expect(text).toContain("Fidelity: 0 of 2 essays keep every word, link, note and structure of the post; 2 list what to look at (\"lost:\").");
    expect(unpaired.status).toBe("written");
    expect(exitCode(report)).toBe(0);
  });
});

describe("action steps", () => {
  it("makes a “What you can do” section whose items are headings into <ActionSteps>, and names each step", async () => {
    const { report, read, layout } = await importFixtures([FIXTURE.brackets]);
    expect(read("care-without-cages")).toMatch(/<ActionSteps>\n[\s\S]*### Ask where the grant money goes[\s\S]*### Show up at the hearing[\s\S]*<\/ActionSteps>/);
    expect(read("care-without-cages")).not.toContain("What you can do");
    expect(report.posts[0].actionSteps).toEqual(["Ask where the grant money goes", "Fund the outreach team directly", "Show up at the hearing"]);
    expect(formatReportText(report)).toContain("action steps: Ask where the grant money goes | Fund the outreach team directly | Show up at the hearing");
    const site = await loadSite({ layout });
    const article = site.articles.find((item) => item.slug === "care-without-cages")!;
    expect(article.actionSteps.map((step) => step.title)).toEqual(report.posts[0].actionSteps);
  });
});

describe("the imported essay among the test fixtures", () => {
  it("is exactly what the importer writes today, so the browser tests read real output", async () => {
    const { report, read } = await importFixtures([FIXTURE.brackets], { layout: tempSite({ keepImported: true }), author: "ada-writer" });
    expect(report.posts[0]).toMatchObject({ status: "unchanged", notesRecovered: 3 });
    expect(read("care-without-cages")).toBe(readFileSync(IMPORTED_FIXTURE, "utf8"));
  });
});

describe("slugs, authors and drafts", () => {
  it("takes the slug from the address without Medium's id", () => {
    expect(slugFromAddress("https://reframehealthandjustice.medium.com/can-anti-trafficking-be-rescued-5688c3221173")).toBe("can-anti-trafficking-be-rescued");
    expect(slugFromAddress("https://medium.com/@someone/por-que-voc%C3%AA-n%C3%A3o-d%C3%A1-91c684678248")).toBe("por-que-voce-nao-da");
    expect(slugFromAddress("https://medium.com/p/91c684678248")).toBeUndefined();
  });

  it("gives a clashing slug a numbered suffix and says so", async () => {
    const layout = tempSite();
    writeFileSync(path.join(layout.articlesDir, "who-calls-for-help.mdx"), readFileSync(path.join(layout.articlesDir, "older-essay.mdx"), "utf8"));
    const { report, read } = await importFixtures([FIXTURE.sup], { layout });
    expect(report.posts[0].file).toMatch(/who-calls-for-help-2\.mdx$/);
    expect(report.posts[0].warnings.join("\n")).toMatch(/the slug “who-calls-for-help” was taken \(.*who-calls-for-help\.mdx holds another essay\); this post is who-calls-for-help-2/);
    expect(read("who-calls-for-help-2")).toContain("title: Who Calls for Help");
  });

  it("gives the second of two posts with the same slug a suffix", async () => {
    const layout = tempSite();
    const first = readMediumPost(fixtureHtml(FIXTURE.sup), "posts/first.html") as SourcePost;
    const second = readMediumPost(fixtureHtml(FIXTURE.sup).replaceAll("who-calls-for-help-9f8e7d6c5b4a", "who-calls-for-help-0123456789ab"), "posts/second.html") as SourcePost;
    const report = await importPosts({ posts: [first, second], skipped: [], notes: [] }, { layout });
    expect(report.posts.map((post) => post.file?.split("/").pop())).toEqual(["who-calls-for-help.mdx", "who-calls-for-help-2.mdx"]);
    expect(report.posts[1].warnings).toContain("the slug “who-calls-for-help” was taken (who-calls-for-help by another post in this export); this post is who-calls-for-help-2");
  });

  it("makes a page for a new author, with the Medium profile as a link, and credits --author when given", async () => {
    const { report, layout } = await importFixtures([FIXTURE.parens]);
    expect(report.authorsCreated).toEqual([expect.stringMatching(/authors\/noor-haddad\.mdx$/)]);
    const author = readFileSync(path.join(layout.authorsDir, "noor-haddad.mdx"), "utf8");
    expect(author).toContain("name: Noor Haddad\n");
    expect(author).toContain("links:\n  - label: Medium\n    url: https://medium.com/@noorhaddad\n");
    expect(report.check?.ok).toBe(true);

    const credited = await importFixtures([FIXTURE.parens], { author: "ben-editor", topics: ["health"] });
    expect(credited.read("housing-first-in-numbers")).toContain("authors:\n  - ben-editor\ntopics:\n  - health\n");
    expect(credited.report.authorsCreated).toEqual([]);
    await expect(importFixtures([FIXTURE.parens], { author: "nobody" })).rejects.toThrow(UsageError);
    await expect(importFixtures([FIXTURE.parens], { topics: ["no-such-topic"] })).rejects.toThrow(UsageError);
  });

  it("skips drafts unless asked, and marks them draft: true with no originalUrl", async () => {
    const skipped = await importFixtures([FIXTURE.draft]);
    expect(skipped.report.posts[0]).toMatchObject({ status: "skipped", reason: expect.stringContaining("--include-drafts") });
    expect(existsSync(path.join(skipped.layout.articlesDir, "an-unfinished-thought.mdx"))).toBe(false);

    const included = await importFixtures([FIXTURE.draft], { includeDrafts: true });
    const essay = included.read("an-unfinished-thought");
    expect(essay).toContain("draft: true\n");
    expect(essay).not.toContain("originalUrl");
    expect(included.report.check?.ok).toBe(true);
  });
});

describe("running again, dry runs and the report", () => {
  it("writes nothing new on a second run, and replaces a changed essay only with --force", async () => {
    const first = await importFixtures([FIXTURE.everything, FIXTURE.parens], { imageOrigin: server.origin });
    const before = snapshot(path.dirname(first.layout.root));
    const second = await importFixtures([FIXTURE.everything, FIXTURE.parens], { imageOrigin: server.origin, layout: first.layout });
    expect(second.report.posts.map((post) => post.status)).toEqual(["unchanged", "unchanged"]);
    expect(second.report.authorsCreated).toEqual([]);
    expect(snapshot(path.dirname(first.layout.root))).toEqual(before);
    expect(formatReportText(second.report)).toContain("Nothing new was written: everything in this export is already here.");

    const file = path.join(first.layout.articlesDir, "housing-first-in-numbers.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace("Housing first programmes", "Housing First programmes"));
    const edited = await importFixtures([FIXTURE.parens], { layout: first.layout });
    expect(edited.report.posts[0]).toMatchObject({ status: "skipped", reason: expect.stringContaining("--force") });
    expect(formatReportText(edited.report)).toContain("Nothing new was written: 1 post skipped, for the reason given above, and the rest already here.");
    expect(readFileSync(file, "utf8")).toContain("Housing First programmes");
    const forced = await importFixtures([FIXTURE.parens], { layout: first.layout, force: true });
    expect(forced.report.posts[0].status).toBe("replaced");
    expect(readFileSync(file, "utf8")).toContain("Housing first programmes");
  });

  it("writes nothing on a dry run, and reports what it would do", async () => {
    const layout = tempSite();
    const before = snapshot(path.dirname(layout.root));
    const { report } = await importFixtures([FIXTURE.everything, FIXTURE.parens], { layout, dryRun: true, imageOrigin: server.origin });
    expect(snapshot(path.dirname(layout.root))).toEqual(before);
    expect(report.check).toBeUndefined();
    const text = formatReportText(report);
    expect(text).toMatch(/would write content\/|would write \/.*every-construct-under-one-roof\.mdx/);
    expect(text).toContain("would add author");
    expect(text).toContain("Dry run: nothing was written.");
  });

  it("reports each post's counts and warnings as text and as JSON", async () => {
    const { report } = await importFixtures([FIXTURE.brackets, FIXTURE.unpaired]);
    const json = JSON.parse(formatReportJson(report));
    expect(json.ok).toBe(true);
    expect(json.posts[0]).toMatchObject({ title: "Care Without Cages", status: "written", notesRecovered: 3, links: 1, actionSteps: expect.any(Array) });
    expect(json.posts[0].wordsIn).toBeGreaterThan(60);
    expect(json.posts[0].wordsOut).toBeGreaterThan(60);
    expect(json.posts[1].warnings).toContain("the notes do not pair one to one with their markers (marker [3] has no note); markers and notes are left as written");
    const text = formatReportText(report);
    expect(text).toContain("3 notes recovered");
    expect(text).toContain("2 posts, 2 written, 0 unchanged, 0 skipped, 0 failed.");
    expect(text).toContain("Check: content OK");
  });

  it("fails a post it cannot write, says why, writes the others and exits 1", async () => {
    const layout = tempSite();
    const bylineless = readMediumPost(fixtureHtml(FIXTURE.parens).replace('class="p-author h-card"', 'class="someone"'), "posts/bylineless.html") as SourcePost;
    const fine = readMediumPost(fixtureHtml(FIXTURE.sup), "posts/fine.html") as SourcePost;
    const report = await importPosts({ posts: [bylineless, fine], skipped: [], notes: [] }, { layout });
    expect(report.posts.map((post) => post.status)).toEqual(["failed", "written"]);
    expect(report.posts[0].reason).toBe("its byline names no author; pass --author <slug>");
    expect(formatReportText(report)).toContain("FAILED: its byline names no author; pass --author <slug>");
    expect(exitCode(report)).toBe(1);
  });
});
