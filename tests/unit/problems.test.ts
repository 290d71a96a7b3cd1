import { describe, expect, it } from "vitest";
import { ContentError, checkContent, formatProblem, loadSite } from "@/lib/content";
import { parseFrontmatter } from "@/lib/content/frontmatter";
import { contentWith } from "./fixture-content";

async function problemsFor(...files: string[]) {
  const result = await checkContent({ layout: contentWith(...files) });
  expect(result.site).toBeUndefined();
  return result.problems.map(formatProblem);
}

describe("content problems are located and explained", () => {
  it("a missing field", async () => {
    expect(await problemsFor("missing-field.mdx")).toEqual([
      expect.stringMatching(/articles\/missing-field\.mdx:2:1 {2}title: missing; expected a title$/),
    ]);
  });

  it("a wrong type", async () => {
    const problems = await problemsFor("wrong-type.mdx");
    expect(problems).toEqual([
      expect.stringMatching(/wrong-type\.mdx:5:10 {2}authors: expected a list of author slugs, found "ada-writer"$/),
      expect.stringMatching(/wrong-type\.mdx:7:8 {2}draft: expected true or false, found "maybe"$/),
    ]);
  });

  it("a date that is not written as a date", async () => {
    expect(await problemsFor("bad-date.mdx")).toEqual([
      expect.stringMatching(/bad-date\.mdx:4:12 {2}published: expected a date like 2020-06-17, found "June 17"$/),
    ]);
  });

  it("a sentence-case title that is not the title's words", async () => {
    expect(await problemsFor("stale-sentence-case-title.mdx")).toEqual([
      expect.stringMatching(
        /stale-sentence-case-title\.mdx:3:20 {2}sentenceCaseTitle: expected the title's own words with only the capitals changed \("A Renamed Essay"\), found "An old name for the essay"$/,
      ),
    ]);
  });

  it("a date that does not exist", async () => {
    expect(await problemsFor("impossible-date.mdx")).toEqual([
      expect.stringMatching(/impossible-date\.mdx:4:12 {2}published: expected a date like 2020-06-17, found "2021-02-30"$/),
    ]);
  });

  it("an unknown key, with a suggestion", async () => {
    expect(await problemsFor("unknown-key.mdx")).toEqual([
      expect.stringMatching(/unknown-key\.mdx:5:1 {2}authers: unknown field \(did you mean "authors"\?\); expected one of: title, summary, published/),
    ]);
  });

  it("an unknown author, with a suggestion", async () => {
    expect(await problemsFor("unknown-author.mdx")).toEqual([
      expect.stringMatching(/unknown-author\.mdx:6:5 {2}authors\[0\]: expected an author that has a file in content\/authors\/ \(did you mean "ada-writer"\?\), found "ada-writter"$/),
    ]);
  });

  it("an unknown topic", async () => {
    expect(await problemsFor("unknown-topic.mdx")).toEqual([
      expect.stringMatching(/unknown-topic\.mdx:6:10 {2}topics\[0\]: expected a topic that has a file in content\/topics\/ \(did you mean "health"\?\), found "helth"$/),
    ]);
  });

  it("a file name that is not lowercase words joined by hyphens", async () => {
    expect(await problemsFor("Bad_Slug.mdx")).toEqual([
      expect.stringMatching(/Bad_Slug\.mdx:1:1 {2}file name: expected a name in lowercase words joined by hyphens, like bad-slug\.mdx, found "Bad_Slug"$/),
    ]);
  });

  it("two files with one slug", async () => {
    expect(await problemsFor("duplicate-slug/older-essay.md")).toEqual([
      expect.stringMatching(/older-essay\.mdx:1:1 {2}file name: expected a unique slug, found "older-essay" also used by .*older-essay\.md$/),
    ]);
  });

  it("an unclosed {, at the brace itself", async () => {
    expect(await problemsFor("mdx-syntax-error.mdx")).toEqual([
      expect.stringMatching(/mdx-syntax-error\.mdx:11:27 {2}MDX: a \{ with no closing \}: write a literal \{ as \\\{/),
    ]);
  });

  it("an unclosed tag, at the tag's line in the file, not the body's", async () => {
    expect(await problemsFor("unclosed-tag.mdx")).toEqual([
      expect.stringMatching(/unclosed-tag\.mdx:11:1 {2}MDX: <ActionSteps> is never closed: add <\/ActionSteps> where it ends, or write a literal < as \\<$/),
    ]);
  });

  it("an HTML comment, with what to do instead of MDX's advice to write an expression", async () => {
    expect(await problemsFor("html-comment.mdx")).toEqual([
      expect.stringMatching(/html-comment\.mdx:11:1 {2}MDX: <!-- --> comments are not allowed in an essay: delete the comment/),
    ]);
  });

  it("a bare < before a number, at the <", async () => {
    expect(await problemsFor("literal-less-than.mdx")).toEqual([
      expect.stringMatching(/literal-less-than\.mdx:9:24 {2}MDX: a < that does not start a tag: write a literal < as \\</),
    ]);
  });

  it("a field the schema refuses does not hide the file's unknown author or its broken link", async () => {
    expect(await problemsFor("bad-date-and-references.mdx")).toEqual([
      expect.stringMatching(/bad-date-and-references\.mdx:4:12 {2}published: expected a date like 2020-06-17, found "June 17"$/),
      expect.stringMatching(/bad-date-and-references\.mdx:5:11 {2}authors\[0\]: expected an author that has a file in content\/authors\/ \(did you mean "ada-writer"\?\), found "ada-writr"$/),
      expect.stringMatching(/bad-date-and-references\.mdx:9:17 {2}link: the link \/collectiv points at \/collectiv, and there is no such page on this site$/),
    ]);
  });

  it("JavaScript frontmatter is refused, not run", async () => {
    expect(await problemsFor("javascript-frontmatter.mdx")).toEqual([
      expect.stringMatching(/javascript-frontmatter\.mdx:1:1 {2}frontmatter must be YAML between two lines of ---; "---js" frontmatter is not allowed$/),
    ]);
  });

  it("reports every problem in every file at once", async () => {
    const problems = await problemsFor("many-problems.mdx", "bad-date.mdx", "unknown-topic.mdx");
    expect(problems).toEqual([
      expect.stringMatching(/bad-date\.mdx:4:12 {2}published:/),
      expect.stringMatching(/many-problems\.mdx:2:8 {2}title: expected a title, found an empty value$/),
      expect.stringMatching(/many-problems\.mdx:4:12 {2}published: expected a date like 2020-06-17, found "2020-13-01"$/),
      expect.stringMatching(/many-problems\.mdx:5:11 {2}authors\[0\]: expected an author that has a file in content\/authors\/, found "nobody"$/),
      expect.stringMatching(/many-problems\.mdx:7:14 {2}originalUrl: expected an https:\/\/ address, found "http:\/\/insecure\.example\.org\/"$/),
      expect.stringMatching(/unknown-topic\.mdx:6:10 {2}topics\[0\]:/),
    ]);
  });

  it("loadSite throws one error listing every problem, so the build stops", async () => {
    const error = await loadSite({ layout: contentWith("bad-date.mdx", "unknown-topic.mdx") }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toMatch(/Content check failed with 2 problems:\n.*bad-date\.mdx:4:12 .*\n.*unknown-topic\.mdx:6:10 /);
  });
});

describe("YAML slips are said with their field and how to fix them", () => {
  const problemsOf = (frontmatter: string) => {
    const parsed = parseFrontmatter(`---\n${frontmatter}\n---\n\nBody.\n`, "content/articles/slip.mdx");
    return Array.isArray(parsed) ? parsed.map(formatProblem) : [];
  };

  it("a colon in an unquoted title", () => {
    expect(problemsOf("title: Care Work: A Reader\nsummary: A summary.")).toEqual([
      'content/articles/slip.mdx:2:8  title: the value holds ": ", which YAML reads as the start of another field; put the whole value in double quotes: title: "Care Work: A Reader"',
    ]);
  });

  it("a field written twice", () => {
    expect(problemsOf("title: One\nsummary: A summary.\ntitle: Two")).toEqual(["content/articles/slip.mdx:4:1  title: written a second time; keep one title line"]);
  });

  it("a list out of line, once for its line however many errors the parser finds there", () => {
    const problems = problemsOf("title: One\ntopics:\n   - health\n  - care");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/articles\/slip\.mdx:5:1 {2}frontmatter is not valid YAML: .*\(check this line's indentation/);
  });
});
