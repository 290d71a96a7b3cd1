import { describe, expect, it } from "vitest";
import { checkContent, formatProblem } from "@/lib/content";
import { compileBody } from "@/lib/content/mdx";
import { contentWith } from "./fixture-content";

describe("link integrity", () => {
  it("reports every broken footnote, link, anchor and image, with its position", async () => {
    const result = await checkContent({ layout: contentWith("broken-links.mdx") });
    const lines = result.problems.map(formatProblem).map((line) => line.replace(/^.*?articles\//, ""));
    expect(lines).toEqual([
      'broken-links.mdx:9:49  footnote: the footnote reference [^ghost] has no note; add a line "[^ghost]: the note\'s text" at the end of the file',
      'broken-links.mdx:11:4  link: the link "empty link" goes nowhere; give it an address, or remove the brackets to keep the words as plain text',
      'broken-links.mdx:11:25  link: the link "hash link" goes nowhere; give it an address, or remove the brackets to keep the words as plain text',
      "broken-links.mdx:13:3  link: the link /articles/no-such-essay points at /articles/no-such-essay, and there is no such page on this site",
      "broken-links.mdx:13:49  link: the link /articles/newer-essay#no-such-heading points at #no-such-heading, which is not on /articles/newer-essay",
      "broken-links.mdx:17:50  link: the link #nowhere points at #nowhere, which is not on this page",
      "broken-links.mdx:19:3  link: the link /articles/unfinished-draft points at a draft, which will not be published",
      'broken-links.mdx:19:55  link: internal links must start with /, like /articles/some-essay, found "older-essay"',
      "broken-links.mdx:21:1  image: expected alt text describing the image, like ![A crowd at a vigil](/images/missing.png), found none",
      "broken-links.mdx:21:1  image: the image /images/missing.png is not a file in public/; add public/images/missing.png or fix the address",
      "broken-links.mdx:27:1  footnote: the note [^unused] is never referenced; add [^unused] where it belongs in the text, or remove the note",
    ]);
  });

  it("accepts links to existing pages, anchors on them, feeds and the page's own headings", async () => {
    const result = await checkContent({ layout: contentWith("broken-links.mdx") });
    const flagged = result.problems.map((problem) => `${problem.line}:${problem.column}`);
    // Line 15 holds a good anchor, a good page and a feed; 17:3 is an anchor on the same page.
    expect(flagged.filter((at) => at.startsWith("15:"))).toEqual([]);
    expect(flagged).not.toContain("17:3");
  });
});

describe("footnote references in the text", () => {
  it("takes an escaped bracket for what it is, and still finds a reference whose note is missing", async () => {
    const escaped = await compileBody("A pattern like \\[^a-zA-Z0-9_] matches one character.\n", "regex.mdx");
    expect(escaped.problems).toEqual([]);
    const lost = await compileBody("Escaped \\[^a-z] here, lost [^ghost] there.\n", "lost.mdx");
    expect(lost.problems.map(({ line, column, field }) => `${line}:${column} ${field}`)).toEqual(["1:28 footnote"]);
  });
});

describe("what the page would silently lose or show twice", () => {
  it("a second note with the same label, at the second", async () => {
    const twice = await compileBody("One.[^1] Two.[^1]\n\n[^1]: First note.\n\n[^1]: Second note, meant as 2.\n", "twice.mdx");
    expect(twice.problems).toEqual([
      { line: 5, column: 1, field: "footnote", message: "a second note [^1]: the page would show only the first; give this one a label of its own, and its reference in the text too" },
    ]);
  });

  it("a # heading, which would be a second top heading beside the title", async () => {
    const top = await compileBody("Intro.\n\n# A top heading\n\n## A section\n", "top.mdx");
    expect(top.problems).toEqual([
      { line: 3, column: 1, field: "heading", message: '"# A top heading" is a second top heading; the title is the page\'s only one, so start sections at ## ("## A top heading")' },
    ]);
  });
});
