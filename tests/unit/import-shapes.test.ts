import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toString } from "hast-util-to-string";
import { readMediumPost } from "@/lib/import/medium/post";
import { FIXTURE, fixtureHtml, imageServer, importFixtures } from "./import-helpers";

/**
 * The shapes real Medium posts come in that the first fixtures did not have
 * (tests/fixtures/medium/README.md): notes marked in two styles, notes that
 * run over several paragraphs, notes followed by a closing paragraph, notes
 * in a section of their own between dividers, credited captions whose image
 * could not be fetched, and a post without a subtitle whose first heading
 * follows the lead image.
 */

let server: Awaited<ReturnType<typeof imageServer>>;
beforeAll(async () => {
  server = await imageServer();
});
afterAll(() => server.close());

async function importOne(name: string) {
  const result = await importFixtures([name], { imageOrigin: server.origin });
  const post = result.report.posts[0];
  expect(post.status).toBe("written");
  const slug = post.file!.split("/").pop()!.replace(/\.mdx$/, "");
  const essay = result.read(slug);
  return { post, essay, body: essay.split("\n---\n").slice(1).join("\n---\n"), frontmatter: essay.split("\n---\n")[0] };
}

describe("notes in the shapes real posts use", () => {
  it("pairs superscript markers in the text with [1] notes, and reads two raised digits as two notes when there is no note of their joint number", async () => {
    const { post, body } = await importOne(FIXTURE.mixedMarkers);
    expect(post.notesRecovered).toBe(4);
    expect(body).toContain("Outreach budgets grew by a third in two years.[^1] Most of the new money paid for enforcement, not for services.[^2][^3]");
    expect(body).toContain("said so at every hearing.[^4] Nobody");
    expect(body).toContain("[^3]: The services line stayed flat; see [the services line](https://example.org/services-line).");
    expect(body).not.toMatch(/[¹²³]|\[4\]|\n### Notes/);
  });

  it("keeps every paragraph of a note that runs over several, up to the next note and to the end", async () => {
    const { post, body } = await importOne(FIXTURE.multiParagraphNotes);
    expect(post.notesRecovered).toBe(2);
    expect(body).toContain("[^1]: Counting is not the same as caring, and the groups know it.\n\n    The programmes count visits, referrals and forms;");
    expect(body).toContain("[^2]: Funders ask for names, and names travel.\n\n    Several groups have turned money down for this reason, as [one organiser explained](https://example.org/turned-down).");
  });

  it("leaves a closing paragraph and a link after the notes in the essay, not inside the last note", async () => {
    const { post, body } = await importOne(FIXTURE.notesThenClosing);
    expect(post.notesRecovered).toBe(3);
    expect(body).toContain("Mutual aid is older than the welfare state[^1], and it will outlast the next cut[^2].");
    expect(body).toContain("[^3]: See: [Room to Breathe](https://example.org/room), a pamphlet\n");
    expect(body).toMatch(/\nNote: this essay was first called \*Room, Not Permission\* until a reader pointed out that it asks for both\.\n\nRead the follow-up: \[What Room Looks Like\]\(https:\/\/example\.org\/follow-up\)\n/);
    expect(body).not.toMatch(/\n {4}Note: this essay/);
  });

  it("finds notes in a section of their own between two dividers, with no heading, and keeps what follows", async () => {
    const { post, body } = await importOne(FIXTURE.notesBetweenDividers);
    expect(post.notesRecovered).toBe(2);
    expect(body).toContain("The clinic opened its doors at night.[^1]");
    expect(body).toContain("never been asked what they needed.[^2]");
    expect(body).toContain("[^2]: From interviews with four nurses, autumn 2020.");
    expect(body).toContain("Originally published at [https://example.org/blog](https://example.org/blog) on November 24, 2020.");
    // One divider is left between the body and the closing line, not two around an empty section.
    expect(body.match(/\n---\n/g)).toHaveLength(1);
  });
});

describe("captions whose image could not be fetched", () => {
  it("stay captions with their links, with the editor's note beside them", async () => {
    const { post, body } = await importOne(FIXTURE.creditedCaptions);
    expect(post.imagesFailed).toHaveLength(2);
    expect(body).toContain("Photo by [Jane Doe](https://unsplash.com/@janedoe) on [Unsplash](https://unsplash.com/)");
    expect(body).toContain("Beds per thousand people. Source: [county shelter data](https://example.org/shelter-data), 2021");
    expect(body).toContain(`*Editor's note: an image (“Marchers with a banner on a bridge”) could not be brought over from the original post; it was at [${server.origin}missing.png](${server.origin}missing.png).*\n\nPhoto by [Jane Doe]`);
    expect(body).toContain(`*Editor's note: the image this caption describes could not be brought over from the original post; it was at [${server.origin}gone.png](${server.origin}gone.png).*\n\nBeds per thousand people.`);
  });
});

describe("a post without a subtitle", () => {
  it("keeps its first heading after the lead image, and takes the summary from the opening sentences", async () => {
    const { post, body, frontmatter } = await importOne(FIXTURE.noSubtitle);
    expect(body).toMatch(/^\n*!\[An empty waiting room\]\([^)]+\)\n\n## Introduction\n\nMost harm reduction work happens after hours\./);
    expect(frontmatter).toContain("summary: Most harm reduction work happens after hours. The people who do it are rarely paid for it,\n  and their work is rarely written down.");
    expect(frontmatter).not.toContain("summary: Introduction");
    expect(post.warnings).toContain("the summary was taken from the opening sentences; check that it reads as a summary");
  });
});

describe("a publication's kicker above the title", () => {
  it("stays, and the title and subtitle after it and an empty first line are still not repeated in the body", () => {
    const html = fixtureHtml(FIXTURE.mixedMarkers).replace(
      '<h3 name="a001"',
      '<p name="a00e" id="a00e" class="graf graf--p graf--empty graf--leading"><br></p><h4 name="a000" id="a000" class="graf graf--h4 graf--kicker"><a href="https://medium.com/some-publication" class="markup--anchor markup--h4-anchor">SOME PUBLICATION</a></h4><h3 name="a001"',
    );
    const post = readMediumPost(html, "posts/kicker.html");
    if ("reason" in post) throw new Error(post.reason);
    const text = post.body.children.map((block) => toString(block));
    expect(text[0]).toBe("SOME PUBLICATION");
    expect(text).not.toContain("Markers Written Two Ways");
    expect(text).not.toContain("A post whose notes are marked in two styles");
    expect(post.subtitle).toBe("A post whose notes are marked in two styles");
  });
});
