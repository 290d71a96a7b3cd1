import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { markdownToSlate, slateToMarkdown } from "decap-cms-widget-markdown/dist/esm/serializers/index.js";
import { actionStepsComponent, readActionSteps, writeActionSteps } from "@/lib/cms/action-steps-block";
import { escapeMdxText, remarkEscapeMdxText } from "@/lib/cms/escape-mdx-text";
import { imageComponent, writeImage } from "@/lib/cms/image-block";
import { compileBody } from "@/lib/content/mdx";
import { toString } from "hast-util-to-string";

/**
 * Decap's rich-text mode writes the editor's text back to Markdown with its
 * own serialiser (remark-stringify 6). These tests run that very serialiser,
 * with the site's blocks registered as the editor registers them, and read
 * what it writes with the site's own MDX pipeline.
 */
vi.mock("decap-cms-widget-markdown/dist/esm/MarkdownControl/index.js", () => ({ getEditorComponents: () => [actionStepsComponent, imageComponent] }));

const ROOT = path.resolve(__dirname, "../..");
const withPlugin = { remarkPlugins: [remarkEscapeMdxText] };

/** A paragraph as the writer typed it in rich-text mode, written out as Decap writes it. */
function typed(text: string, options = withPlugin): string {
  return slateToMarkdown([{ type: "paragraph", children: [{ text }] }], options);
}

/** The text a reader would read, or the check's problems. */
async function reading(markdown: string): Promise<string> {
  const compiled = await compileBody(markdown, "content/articles/x.mdx");
  if (!compiled.ok) return `problems: ${compiled.problems.map((problem) => problem.message).join("; ")}`;
  return toString(compiled.tree).trim();
}

describe("text typed in rich-text mode", () => {
  it("reaches the file unescaped without the plugin, which the check refuses", async () => {
    const written = typed("We know a < b, and {x} is a set.", { remarkPlugins: [] });
    expect(written).toBe("We know a < b, and {x} is a set.");
    expect(await reading(written)).toMatch(/^problems: /);
  });

  it("is saved with < and { escaped, and reads exactly as typed", async () => {
    const written = typed("We know a < b, and {x} is a set.");
    expect(written).toBe("We know a \\< b, and \\{x} is a set.");
    expect(await reading(written)).toBe("We know a < b, and {x} is a set.");
  });

  it("shows an element the site does not allow as the words typed, rather than failing the check", async () => {
    const written = typed("Type <script>alert(1)</script> or <iframe src=x> safely.");
    expect(written).toBe("Type \\<script>alert(1)\\</script> or \\<iframe src=x> safely.");
    expect(await reading(written)).toBe("Type <script>alert(1)</script> or <iframe src=x> safely.");
  });

  it("writes a link whose text is its address as a link MDX can read", async () => {
    const written = slateToMarkdown([{ type: "paragraph", children: [{ type: "link", data: { url: "https://example.org" }, children: [{ text: "https://example.org" }] }] }], withPlugin);
    expect(written).toBe("[https://example.org](https://example.org)");
    expect(await reading(written)).toBe("https://example.org");
  });
});

describe("an escape function that knows the site's elements", () => {
  it.each([
    ["a < b", "a \\< b"],
    ["{x} and {y}", "\\{x} and \\{y}"],
    ['<abbr title="World {Health} Organization">WHO</abbr>', '<abbr title="World {Health} Organization">WHO</abbr>'],
    ["<ActionSteps>", "<ActionSteps>"],
    ["<marquee>", "\\<marquee>"],
    ["<!-- a comment -->", "\\<!-- a comment -->"],
    ["already \\< escaped \\{", "already \\< escaped \\{"],
    ["<sup", "\\<sup"],
  ])("writes %j as %j", (text, expected) => {
    expect(escapeMdxText(text)).toBe(expected);
  });
});

function bodiesIn(folder: string): [string, string][] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const text = readFileSync(file, "utf8");
      return [path.relative(ROOT, file), text.slice(text.indexOf("\n---", 3) + 4)];
    });
}

describe("every essay and page of the site, opened and saved in rich-text mode", () => {
  const bodies = [...bodiesIn(path.join(ROOT, "content")), ...bodiesIn(path.join(ROOT, "tests/fixtures/content/valid")), ...bodiesIn(path.join(ROOT, "tests/fixtures/content/typography"))];
  it.each(bodies)("%s still passes the check and reads the same", async (_file, body) => {
    const saved = slateToMarkdown(markdownToSlate(body, withPlugin), withPlugin);
    const [before, after] = [await compileBody(body, "x.mdx"), await compileBody(saved, "x.mdx")];
    expect(after.problems).toEqual([]);
    expect(before.ok && after.ok).toBe(true);
    if (before.ok && after.ok) expect(toString(after.tree).replace(/\s+/g, " ")).toBe(toString(before.tree).replace(/\s+/g, " "));
  });
});

describe("the action steps block", () => {
  it("reads the steps an editor writes by hand, and writes them back the same way", () => {
    const inner = "Anything here introduces the steps.\n\n### The first step\n\nWhat it involves.\n\n### The second step";
    const data = readActionSteps(inner);
    expect(data).toEqual({ intro: "Anything here introduces the steps.", steps: [{ title: "The first step", details: "What it involves." }, { title: "The second step", details: "" }] });
    expect(writeActionSteps(data)).toBe(`<ActionSteps>\n\n${inner}\n\n</ActionSteps>`);
  });

  it("is found in a body by Decap's block pattern, and rich-text mode keeps it", () => {
    const body = "Before.\n\n<ActionSteps>\n\n### Call\n\n### Write\n\n</ActionSteps>\n\nAfter.";
    expect(slateToMarkdown(markdownToSlate(body, withPlugin), withPlugin)).toBe(body);
  });
});

describe("the image block", () => {
  it("writes the description and the address as the check wants them", () => {
    expect(writeImage({ image: "/images/articles/x/a vigil.png", alt: "A vigil] at\nnight" })).toBe("![A vigil\\] at night](/images/articles/x/a%20vigil.png)");
  });
});
