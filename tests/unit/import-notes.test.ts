import type { Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { toMdast, toMdx } from "@/lib/import/html-to-mdx";
import { ImportLog } from "@/lib/import/log";
import { recoverNotes } from "@/lib/import/notes";

/** Note recovery on plain HTML, as any source hands it on, through to the MDX it becomes. */
function recover(html: string): { mdx: string; log: ImportLog } {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html.replace(/\n\s*/g, "")) as Root;
  const log = new ImportLog();
  recoverNotes(tree, log);
  return { mdx: toMdx(toMdast(tree)), log };
}

describe("note recovery", () => {
  it("reads notes numbered 1. and 2., lets a note run on into a second paragraph, and drops the divider before them", () => {
    const { mdx, log } = recover(`
      <p>First claim.[1] Second claim.[2]</p>
      <hr>
      <h3>Endnotes</h3>
      <p>1. The first source.</p>
      <p>2. The second source.</p>
      <p>It says more in a second paragraph.</p>`);
    expect(log.notesRecovered).toBe(2);
    expect(mdx).toBe("First claim.[^1] Second claim.[^2]\n\n[^1]: The first source.\n\n[^2]: The second source.\n\n    It says more in a second paragraph.\n");
  });

  it("keeps a notes section's opening words that are not a note in the text", () => {
    const { mdx } = recover(`
      <p>A claim.(1)</p>
      <h2>Notes</h2>
      <p>All sources were read in June.</p>
      <p>(1) The source.</p>`);
    expect(mdx).toBe("A claim.[^1]\n\nAll sources were read in June.\n\n[^1]: The source.\n");
  });

  it("never takes a marker from code, and finds markers inside bold and links", () => {
    const { mdx, log } = recover(`
      <p><strong>A bold claim.[1]</strong> See <a href="https://example.org">the report</a>[2] and <code>array[1]</code>.</p>
      <p><strong>[1]</strong> The first note.<br><strong>[2]</strong> The second note.</p>`);
    expect(log.notesRecovered).toBe(2);
    expect(mdx).toContain("**A bold claim.[^1]** See [the report](https://example.org)[^2] and `array[1]`.");
    expect(mdx).toContain("[^1]: The first note.\n\n[^2]: The second note.");
  });

  it("does not pair notes whose numbers repeat, and says so", () => {
    const { mdx, log } = recover(`
      <p>One.[1] Two.[2]</p>
      <h3>Notes</h3>
      <p>[1] A note.</p>
      <p>[1] The same number again.</p>`);
    expect(log.notesRecovered).toBe(0);
    expect(mdx).not.toContain("[^");
    expect(log.warnings).toEqual(["the notes number 1, 1, with repeats, so they cannot be paired with their markers; they are left as written"]);
  });

  it("reads a post without notes as having none, even with numbers in parentheses", () => {
    const { mdx, log } = recover("<p>There are two options: (1) wait, or (2) act.</p>");
    expect(mdx).toBe("There are two options: (1) wait, or (2) act.\n");
    expect(log.warnings).toEqual([]);
  });
});
