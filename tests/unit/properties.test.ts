import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseFrontmatter } from "@/lib/content/frontmatter";
import { loadFileBytes } from "@/lib/content/load-file";
import { compileBody } from "@/lib/content/mdx";
import type { ContentProblem } from "@/lib/content/problems";
import { ArticleFrontmatter } from "@/lib/content/schema";
import { validateFrontmatter } from "@/lib/content/validate";

/**
 * Whatever an editor (or an attacker) writes, the content layer answers with a
 * typed article or with located problems; it never throws.
 */
async function checkSource(source: string): Promise<{ ok: true } | { ok: false; problems: ContentProblem[] }> {
  const parsed = parseFrontmatter(source, "x.mdx");
  if (Array.isArray(parsed)) return { ok: false, problems: parsed };
  const validated = validateFrontmatter(ArticleFrontmatter, parsed, "x.mdx");
  const body = await compileBody(parsed.body, "x.mdx");
  const problems = [...(validated.ok ? [] : validated.problems), ...body.problems.map((problem) => ({ file: "x.mdx", ...problem }))];
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

function expectLocated(result: Awaited<ReturnType<typeof checkSource>>) {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.file).toBe("x.mdx");
    expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
);
const key = fc.oneof(fc.constantFrom(...Object.keys(ArticleFrontmatter.shape)), fc.string({ minLength: 1, maxLength: 12 }));
const frontmatter = fc.dictionary(key, value, { maxKeys: 12 });

const bodyPiece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "{",
    "}",
    "<",
    ">",
    "</",
    "<ActionSteps>",
    "</ActionSteps>",
    "### Step",
    "[^1]",
    "[^1]: note",
    "import x from 'y'",
    "export const a = 1",
    "<abbr title=\"x\">",
    "</abbr>",
    "[link](javascript:alert(1))",
    "![](/x.png)",
    "```",
    "\n\n",
    "<!-- c -->",
    "\\",
    "&#0;",
    "\u0000",
    "\u2028",
  ),
);
const body = fc.array(bodyPiece, { maxLength: 20 }).map((pieces) => pieces.join(""));

/** Files as bytes: nesting of every kind at any depth, any encoding, noise. */
const nesting = fc
  .record({
    opener: fc.constantFrom("> ", "- ", "1. ", "*", "_a ", "**a ", "[", "{", "<abbr>", "  ", "\t", "[^1]", "~~"),
    closer: fc.constantFrom("", "]", "}", "</abbr>", "*", " a_", "]()"),
    depth: fc.integer({ min: 0, max: 3000 }),
    breakEvery: fc.integer({ min: 0, max: 50 }),
  })
  .map(({ opener, closer, depth, breakEvery }) => {
    const open = Array.from({ length: depth }, (_, index) => (breakEvery && index % breakEvery === 0 ? `\n${opener}` : opener)).join("");
    return `${open}x${closer.repeat(depth)}`;
  });
const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.tuple(fc.constantFrom("", "\uFEFF"), nesting, fc.constantFrom("\n", "\r\n", "\r"), fc.uint8Array({ maxLength: 4 })).map(([bom, text, newline, noise]) =>
    Buffer.concat([Buffer.from(`${bom}---\ntitle: T\nsummary: S\npublished: 2020-06-17\nauthors: [a]\n---\n\n${text}\n`.replace(/\n/g, newline)), Buffer.from(noise)]),
  ),
);

describe("the content layer never throws", () => {
  it("on any file's bytes, however deeply nested or badly encoded", async () => {
    const file = { absolutePath: "/x.mdx", displayPath: "x.mdx", slug: "x" };
    await fc.assert(
      fc.asyncProperty(fileBytes, async (bytes) => {
        const loaded = await loadFileBytes(file, "article", { ok: true, bytes }, undefined);
        const problems = loaded.problems;
        expectLocated(problems.length === 0 ? { ok: true } : { ok: false, problems });
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("on arbitrary frontmatter values and bodies", async () => {
    await fc.assert(
      fc.asyncProperty(frontmatter, body, async (data, text) => {
        const source = `---\n${stringify(data)}---\n\n${text}\n`;
        expectLocated(await checkSource(source));
      }),
      { numRuns: 300 },
    );
  });

  it("on arbitrary whole files, including broken fences and binary noise", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 200 }), body.map((text) => `---\n${text}`)), async (source) => {
        expectLocated(await checkSource(source));
      }),
      { numRuns: 300 },
    );
  });

  it("a valid article stays valid whatever plain text its body holds", async () => {
    const safeText = fc.string().map((text) => text.replace(/[{}<>\\[\]!`*_#&|~^:\-+=.()\d\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " "));
    await fc.assert(
      fc.asyncProperty(safeText, async (text) => {
        const source = `---\ntitle: T\nsummary: S\npublished: 2020-06-17\nauthors: [a]\n---\n\n${text}\n`;
        expect(await checkSource(source)).toEqual({ ok: true });
      }),
      { numRuns: 200 },
    );
  });
});
