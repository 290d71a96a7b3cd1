import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, findArticle, formatProblem, loadSite } from "@/lib/content";
import { loadFileBytes } from "@/lib/content/load-file";
import { decodeSource } from "@/lib/content/source-text";
import { contentWith } from "./fixture-content";

/**
 * Files that used to crash the check, pass with mangled text, or reach outside
 * the repository: each is now a located problem for that file alone, or, for
 * the encodings an editor's program may save, accepted.
 */
const LIMITS = path.resolve(__dirname, "../fixtures/limits");

function layoutWith(...names: string[]) {
  const layout = contentWith();
  for (const name of names) cpSync(path.join(LIMITS, name), path.join(layout.articlesDir, name));
  return layout;
}

async function problemsOf(name: string) {
  const result = await checkContent({ layout: layoutWith(name), includeDrafts: true });
  expect(result.site).toBeUndefined();
  return result.problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }));
}

describe("limits", () => {
  it.each([
    ["deep-quotes.mdx", "deep-quotes.mdx:8:1  quotes and lists are nested 5000 deep; the limit is 20"],
    ["deep-lists.mdx", "deep-lists.mdx:8:1  quotes and lists are nested 500 deep; the limit is 20"],
    ["deep-indented-lists.mdx", "deep-indented-lists.mdx:59:1  the line is indented 102 columns; the limit is 100 (lists nested about 25 deep)"],
    ["deep-emphasis.mdx", "deep-emphasis.mdx:8:1  400 * characters in a row; the limit is 20. Emphasis nests at most a few deep; write a literal * as \\*"],
    ["deep-brackets.mdx", "deep-brackets.mdx:8:21  brackets are nested more than 20 deep; the limit is 20. Write a literal [ as \\["],
    ["deep-frontmatter.mdx", "deep-frontmatter.mdx:2:88  brackets are nested more than 20 deep; the limit is 20. Write a literal { as \\{"],
    ["long-line.mdx", "long-line.mdx:8:20001  the line is 25,000 characters long; the limit is 20,000. Break it into paragraphs"],
  ])("%s is refused, naming the limit", async (name, expected) => {
    expect(await problemsOf(name)).toEqual([expected]);
  });

  it.each(["deep-emphasis-words.mdx", "deep-html.mdx"])("%s is refused for nesting, after parsing and before anything recurses", async (name) => {
    const problems = await problemsOf(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}:8:\\d+  nesting: .* are nested more than 60 deep; the limit is 60$`));
  });

  it("refuses more than 1,000 footnotes", async () => {
    expect(await problemsOf("many-footnotes.mdx")).toEqual([expect.stringMatching(/^many-footnotes\.mdx:\d+:1  footnotes: more than 1,000 footnotes; the limit is 1,000\. Split the essay$/)]);
  });

  it("refuses a file over 1 MB without reading it as text", async () => {
    const layout = contentWith();
    writeFileSync(path.join(layout.articlesDir, "huge.mdx"), "x".repeat(1_500_000));
    const result = await checkContent({ layout, includeDrafts: true });
    expect(result.problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }))).toEqual([
      "huge.mdx:1:1  the file is 1.5 MB; the limit is 1 MB. Split it, or move images and other files to public/",
    ]);
  });
});

describe("encodings", () => {
  it.each(["bom.mdx", "crlf.mdx", "cr.mdx"])("%s is accepted", async (name) => {
    const site = await loadSite({ layout: layoutWith(name), includeDrafts: true });
    expect(findArticle(site, name.replace(".mdx", ""))?.title).toBe("A Limit Case");
  });

  it("refuses invalid UTF-8, with the offset of the first bad byte", async () => {
    expect(await problemsOf("invalid-utf8.mdx")).toEqual(["invalid-utf8.mdx:8:30  is not UTF-8 text: the byte at offset 138 (0xff) is not valid UTF-8. Save the file as UTF-8"]);
  });

  it("names the character that went wrong, not the byte after it: a Latin-1 é before a space, a sequence cut off at the end", () => {
    const latin1 = decodeSource(Buffer.from("Café au lait", "latin1"));
    expect(latin1).toMatchObject({ ok: false, line: 1, column: 4, message: expect.stringContaining("the byte at offset 3 (0xe9)") });
    const cutOff = decodeSource(Buffer.concat([Buffer.from("Euro: ", "utf8"), Buffer.from([0xe2, 0x82])]));
    expect(cutOff).toMatchObject({ ok: false, message: expect.stringContaining("the byte at offset 6 (0xe2)") });
  });

  it("refuses NUL bytes", async () => {
    expect(await problemsOf("nul-byte.mdx")).toEqual(["nul-byte.mdx:8:24  contains a NUL byte at offset 132, which text never holds; remove it, or save the file as UTF-8 text"]);
  });
});

describe("nothing outside the repository", () => {
  const LINK = "is a symbolic link; content and files in public/ must be real files in the repository. Replace the link with the file itself";

  it("refuses a symbolic link in content, and never reads its target", async () => {
    const layout = contentWith();
    const outside = path.join(layout.root, "..", `outside-${path.basename(layout.root)}.mdx`);
    cpSync(path.join(layout.articlesDir, "older-essay.mdx"), outside);
    symlinkSync(outside, path.join(layout.articlesDir, "linked.mdx"));
    symlinkSync("/etc/passwd", path.join(layout.authorsDir, "passwd.mdx"));
    const result = await checkContent({ layout, includeDrafts: true });
    expect(result.problems.map((problem) => [path.relative(layout.root, problem.file), problem.message])).toEqual([
      ["articles/linked.mdx", LINK],
      ["authors/passwd.mdx", LINK],
    ]);
  });

  it("refuses a symbolic link in public/, whether or not content uses it", async () => {
    const layout = contentWith();
    const publicDir = path.join(layout.root, "..", `public-${path.basename(layout.root)}`);
    mkdirSync(path.join(publicDir, "images"), { recursive: true });
    symlinkSync("/etc/passwd", path.join(publicDir, "images", "photo.jpg"));
    const result = await checkContent({ layout: { ...layout, publicDir }, includeDrafts: true });
    expect(result.problems.map((problem) => [path.relative(publicDir, problem.file), problem.message])).toEqual([["images/photo.jpg", LINK]]);
  });
});

describe("one file's failure is that file's problem alone", () => {
  it("turns anything unexpected while processing a file into a problem located in that file", async () => {
    const file = { absolutePath: "/nowhere/broken.mdx", displayPath: "content/articles/broken.mdx", slug: "broken" };
    // Bytes that fail as soon as they are looked at: an error no check foresaw.
    const bytes = new Proxy(Buffer.from("text"), { get: () => { throw new TypeError("the disk returned nonsense"); } });
    const loaded = await loadFileBytes(file, "article", { ok: true, bytes }, undefined);
    expect(loaded.entry).toBeUndefined();
    expect(loaded.problems.map(formatProblem)).toEqual(["content/articles/broken.mdx:1:1  could not be processed: the disk returned nonsense. Please report this with the file attached"]);
  });

  it("reports every fixture's problems in one run, beside the other files' problems", async () => {
    const names = readdirSync(LIMITS).filter((name) => name.endsWith(".mdx") && !/^(bom|crlf|cr)\.mdx$/.test(name));
    const layout = layoutWith(...names);
    cpSync(path.resolve(__dirname, "../fixtures/content/problems/bad-date.mdx"), path.join(layout.articlesDir, "bad-date.mdx"));
    const result = await checkContent({ layout, includeDrafts: true });
    const files = new Set(result.problems.map((problem) => path.basename(problem.file)));
    expect([...files].sort()).toEqual([...names, "bad-date.mdx"].sort());
  });
});
