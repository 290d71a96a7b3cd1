import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkEntry } from "@/lib/cms/check-entry";
import { decapSlug } from "@/lib/cms/decap-slug";
import { listPublicFiles, siteIndex } from "@/lib/cms/site-index";
import type { SiteIndex } from "@/lib/cms/site-index-data";
import { contentLayout } from "@/lib/content/layout";
import { checkContent } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import { decodeSource } from "@/lib/content/source-text";
import { FIXTURES } from "./fixture-content";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";

/**
 * The editor's preview reports what `npm run check` reports, located and
 * worded the same: every problem fixture (bad frontmatter, hostile MDX,
 * limits, broken links, unknown authors) checked both ways, the check on a
 * content folder holding it beside the valid fixtures, the preview on its
 * text against the index of those fixtures that /admin/site.json serves.
 */

const ROOT = path.resolve(__dirname, "../..");
const CASES = [
  ...readdirSync(path.join(FIXTURES, "problems")).filter((name) => name.endsWith(".mdx")).map((name) => path.join(FIXTURES, "problems", name)),
  ...readdirSync(path.join(ROOT, "tests/fixtures/hostile")).filter((name) => name.endsWith(".mdx")).map((name) => path.join(ROOT, "tests/fixtures/hostile", name)),
  ...readdirSync(path.join(ROOT, "tests/fixtures/limits")).filter((name) => name.endsWith(".mdx")).map((name) => path.join(ROOT, "tests/fixtures/limits", name)),
  ...readdirSync(path.join(FIXTURES, "valid/articles")).map((name) => path.join(FIXTURES, "valid/articles", name)),
].filter((file) => decodeSource(readFileSync(file)).ok);

let site: SiteIndex;
beforeAll(async () => {
  const valid = contentLayout(path.join(FIXTURES, "valid"));
  const result = await checkContent({ layout: valid, includeDrafts: true });
  site = siteIndex(result.site!, listPublicFiles(valid.publicDir));
});

describe("the preview's report and the check's", () => {
  it.each(CASES.map((file) => [path.relative(ROOT, file)]))("say the same about %s", async (fixture) => {
    const file = path.join(ROOT, fixture);
    const slug = path.basename(file, ".mdx");
    const root = mkdtempSync(path.join(tmpdir(), "rhj-preview-"));
    cpSync(path.join(FIXTURES, "valid"), root, { recursive: true });
    cpSync(file, path.join(root, "articles", `${slug}.mdx`));
    const layout = contentLayout(root);
    const checked = await checkContent({ layout, includeDrafts: true });
    const displayPath = path.relative(process.cwd(), path.join(root, "articles", `${slug}.mdx`));
    const expected = checked.problems.filter((problem) => problem.file === displayPath || problem.file === path.join(root, "articles", `${slug}.mdx`)).map((problem) => formatProblem({ ...problem, file: `content/articles/${slug}.mdx` }));

    const previewed = await checkEntry({ collection: "articles", slug, text: readFileSync(file, "utf8"), addedFiles: [] }, site);
    expect(previewed.problems.map(formatProblem)).toEqual(expected);
  });

  it("counts an image uploaded with the essay as a file in public/", async () => {
    const text = "---\ntitle: T\nsummary: S\npublished: 2020-01-01\nauthors: [ada-writer]\n---\n\n![A vigil](/images/articles/t/vigil.png)\n";
    const without = await checkEntry({ collection: "articles", slug: "t", text, addedFiles: [] }, site);
    expect(without.problems.map((problem) => problem.message)).toEqual(["the image /images/articles/t/vigil.png is not a file in public/; add public/images/articles/t/vigil.png or fix the address"]);
    const uploaded = await checkEntry({ collection: "articles", slug: "t", text, addedFiles: ["/images/articles/t/vigil.png"] }, site);
    expect(uploaded.problems).toEqual([]);
  });
});

describe("the slug of a new essay, as Decap makes it", () => {
  it.each([
    ["Can Anti-Trafficking Be Rescued?", "can-anti-trafficking-be-rescued"],
    ["Don't Wait: Act", "dont-wait-act"],
    ["Care, Not Cages — 2020", "care-not-cages-2020"],
    ["Café Société", "cafe-societe"],
    ["  Spaces   Everywhere  ", "spaces-everywhere"],
    ["U.S. Policy", "u-s-policy"],
  ])("%j becomes %j", (title, slug) => {
    expect(decapSlug(title)).toBe(slug);
  });

  it("gets -1, -2 when the slug is taken", () => {
    expect(decapSlug("Older Essay", ["older-essay"])).toBe("older-essay-1");
    expect(decapSlug("Older Essay", ["older-essay", "older-essay-1"])).toBe("older-essay-2");
  });
});
