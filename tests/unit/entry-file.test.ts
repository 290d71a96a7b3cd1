import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editorConfig } from "@/lib/cms/editor-config";
import { readEntryFile, SOURCE_KEY, writeEntryFile } from "@/lib/cms/entry-file";
import { checkContent } from "@/lib/content/load";
import { contentWith } from "./fixture-content";

/** How the editor reads a content file into its form and writes the form back (lib/cms/entry-file.ts). */

const ROOT = path.resolve(__dirname, "../..");
const essays = editorConfig({ siteUrl: "https://reframe.example" }).collections.find((collection) => collection.name === "articles") as { fields: { name: string }[] };
const essayOrder = essays.fields.map((field) => field.name);

function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const CONTENT = [...filesIn(path.join(ROOT, "content")), ...filesIn(path.join(ROOT, "tests/fixtures/content/valid")), ...filesIn(path.join(ROOT, "tests/fixtures/content/typography"))];

describe("reading a file into the form and writing it back", () => {
  it.each(CONTENT.map((file) => [path.relative(ROOT, file)]))("leaves %s byte for byte as it was when nothing changed", (file) => {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    expect(writeEntryFile(readEntryFile(text), essayOrder)).toBe(text);
  });

  it("keeps a file's Windows line endings in its body", () => {
    const text = "---\r\ntitle: A Title\r\n---\r\n\r\nA line.\r\nAnother.\r\n";
    const data = readEntryFile(text);
    expect(data.body).toBe("A line.\r\nAnother.\r\n");
    expect(writeEntryFile({ ...data, title: "A New Title" }, essayOrder)).toBe("---\ntitle: A New Title\n---\n\r\nA line.\r\nAnother.\r\n");
  });

  it("rewrites only the changed field's line, in the file's own style: a title change is a one-line diff", () => {
    const text = readFileSync(path.join(ROOT, "tests/fixtures/content/valid/articles/older-essay.mdx"), "utf8");
    const written = writeEntryFile({ ...readEntryFile(text), title: "An Older Essay: Revised" }, essayOrder);
    expect(written).toBe(text.replace("title: An Older Essay\n", 'title: "An Older Essay: Revised"\n'));
  });

  it("leaves out a field the writer emptied, rather than writing an empty value the check refuses", () => {
    const text = readFileSync(path.join(ROOT, "tests/fixtures/content/valid/articles/newer-essay.mdx"), "utf8");
    const written = writeEntryFile({ ...readEntryFile(text), section: "", contentNote: undefined, updated: null }, essayOrder);
    expect(written).not.toMatch(/^(section|contentNote|updated):/m);
    expect(written.replace(/^(section|contentNote|updated):.*\n/gm, "")).toBe(text.replace(/^(section|contentNote|updated):.*\n/gm, ""));
  });

  it("puts a field the file did not have where the form has it", () => {
    const text = "---\ntitle: T\nsummary: S\npublished: 2020-01-01\nauthors:\n  - ada-writer\n---\n\nBody.\n";
    const written = writeEntryFile({ ...readEntryFile(text), updated: "2020-02-02", draft: true }, essayOrder);
    expect(written).toBe("---\ntitle: T\nsummary: S\npublished: 2020-01-01\nupdated: 2020-02-02\nauthors:\n  - ada-writer\ndraft: true\n---\n\nBody.\n");
  });

  it("writes a new entry in the form's order, with no empty fields and a blank line before the body", () => {
    const written = writeEntryFile(
      { title: "Housing Is Health", summary: "Why: a strike.", published: "2026-11-30", updated: "", authors: ["ada-writer"], topics: [], section: "", draft: true, body: "A paragraph." },
      essayOrder,
    );
    expect(written).toBe('---\ntitle: Housing Is Health\nsummary: "Why: a strike."\npublished: 2026-11-30\nauthors:\n  - ada-writer\ndraft: true\n---\n\nA paragraph.\n');
    expect(written).not.toContain(SOURCE_KEY);
  });

  it("writes every new entry so the check accepts it", async () => {
    const layout = contentWith();
    const text = writeEntryFile(
      { title: "A Title: With a Colon", summary: "Yes", published: "2026-11-30", authors: ["ada-writer", "ben-editor"], topics: ["health"], contentNote: "It's #1 & more", draft: true, body: "Text." },
      essayOrder,
    );
    writeFileSync(path.join(layout.articlesDir, "a-title-with-a-colon.mdx"), text);
    const result = await checkContent({ layout, includeDrafts: true });
    expect(result.problems).toEqual([]);
    const article = result.site!.articles.find((candidate) => candidate.slug === "a-title-with-a-colon")!;
    expect(article).toMatchObject({ title: "A Title: With a Colon", summary: "Yes", draft: true, contentNote: "It’s #1 & more", authors: ["ada-writer", "ben-editor"] });
  });
});
