import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportFrameworkLeftovers, exportPayloadFiles } from "@/lib/build-plan/built-files";
import { buildRecord, planBuild } from "@/lib/build-plan/plan";
import { type PlannedOutput, prerenderedOutputs } from "@/lib/build-plan/prerendered-routes";
import { loadSite } from "@/lib/content";
import { contentLayout } from "@/lib/content/layout";
import { forgetLoadedSite, renderOutput } from "./render-outputs";
import { applyEdit, type ModelSite, modelSite, siteEdit, writeSite } from "./site-edits";

const output = (path: string, route: string, key: string): PlannedOutput => ({ path, route, params: {}, key });
const built = () => true;

describe("the build plan", () => {
  const outputs = [output("/articles/a", "/articles/[slug]", "1"), output("/articles/b", "/articles/[slug]", "2"), output("/topics/t", "/topics/[slug]", "3")];

  it("makes everything when there is no earlier build, or the code, lockfile or configuration changed", () => {
    expect(planBuild(undefined, "id", outputs, built)).toMatchObject({ kind: "full" });
    expect(planBuild(buildRecord("other", outputs), "id", outputs, built)).toEqual({ kind: "full", reason: "the code, the lockfile or the configuration changed since the last build" });
  });

  it("keeps an output made from the same input, and makes one whose input changed or that is new", () => {
    const previous = buildRecord("id", [outputs[0], output("/articles/b", "/articles/[slug]", "old"), outputs[2]]);
    const plan = planBuild(previous, "id", [...outputs, output("/articles/c", "/articles/[slug]", "4")], built);
    if (plan.kind !== "incremental") throw new Error("expected a plan that keeps outputs");
    expect(plan.render.map((each) => each.path)).toEqual(["/articles/b", "/articles/c", "/topics/t"]);
    expect(plan.reuse.map((each) => each.path)).toEqual(["/articles/a"]);
    expect(plan.remove).toEqual([]);
  });

  it("makes again an output whose files are gone, and lists the outputs the site no longer has", () => {
    const previous = buildRecord("id", [...outputs, output("/articles/gone", "/articles/[slug]", "5")]);
    const plan = planBuild(previous, "id", outputs, (outputPath) => outputPath !== "/articles/b");
    if (plan.kind !== "incremental") throw new Error("expected a plan that keeps outputs");
    expect(plan.render.map((each) => each.path)).toEqual(["/articles/b", "/topics/t"]);
    expect(plan.remove).toEqual(["/articles/gone"]);
  });

  it("makes one output of a route whose outputs are all unchanged, since Next refuses a route that prerenders nothing", () => {
    const plan = planBuild(buildRecord("id", outputs), "id", outputs, built);
    if (plan.kind !== "incremental") throw new Error("expected a plan that keeps outputs");
    expect(plan.render.map((each) => each.path).sort()).toEqual(["/articles/a", "/topics/t"]);
    expect(plan.reuse.map((each) => each.path)).toEqual(["/articles/b"]);
  });
});

describe("what each output is made from (lib/build-plan/prerendered-routes.ts)", () => {
  const saved = { ...process.env };
  let root: string;
  beforeAll(() => {
    root = path.join(mkdtempSync(path.join(tmpdir(), "rhj-plan-")), "content");
    // Trees, citations and images are cached between steps as a build caches them; a changed input misses.
    Object.assign(process.env, { CONTENT_DIR: root, CONTENT_CACHE: "", CONTENT_CACHE_DIR: path.join(root, "..", "cache"), SITE_URL: "https://reframe.example" });
  });
  afterAll(() => {
    process.env = { ...saved };
    forgetLoadedSite();
  });

  /** Every output of the site as its route renders it, with its key. */
  async function outputsOf(site: ModelSite): Promise<Map<string, { key: string; render: string }>> {
    writeSite(site, root);
    forgetLoadedSite();
    const outputs = prerenderedOutputs(await loadSite({ layout: contentLayout(root) }));
    const rendered = new Map<string, { key: string; render: string }>();
    for (const each of outputs) rendered.set(each.path, { key: each.key, render: await renderOutput(each.route, each.params) });
    return rendered;
  }

  it("covers all an output shows: after random edits, an output whose input is unchanged renders the same", async () => {
    // One starting site (21 essays: the home page has a second page) for every sequence, so its
    // trees, citations and images are made once; the edits are what varies.
    const [start] = fc.sample(modelSite(21), { seed: 2026, numRuns: 1 });
    let edits = 0;
    let kept = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(siteEdit, { minLength: 3, maxLength: 6 }), async (sequence) => {
        let site = start;
        let before = await outputsOf(site);
        for (const edit of sequence) {
          site = applyEdit(site, edit);
          const after = await outputsOf(site);
          for (const [outputPath, { key, render }] of after) {
            const previous = before.get(outputPath);
            if (previous?.key !== key) continue;
            kept++;
            expect(render, `${outputPath} changed after an edit (${edit.kind}) although its input did not`).toBe(previous.render);
          }
          edits++;
          before = after;
        }
      }),
      { numRuns: 6 },
    );
    // Most outputs show nothing of a one-file edit: the plan keeps them.
    expect(kept).toBeGreaterThan(edits * 50);
  }, 600_000);
});

describe("an export's payload files (lib/build-plan/built-files.ts)", () => {
  // The layout Next 16's export writes: each page's payload beside it, its segments in a folder of its name.
  const root = mkdtempSync(path.join(tmpdir(), "export-"));
  const files = [
    "index.html", "index.txt", "__next._tree.txt", "__next.__PAGE__.txt", "robots.txt",
    "articles/a.html", "articles/a.txt", "articles/a/__next._full.txt", "articles/a/__next.articles.$d$slug.txt", "articles/a/cite.bib",
    "articles/a/actions.html", "articles/a/actions.txt", "articles/a/actions/__next._head.txt",
    "404.html", "admin/decap/decap-cms.js.LICENSE.txt", "notes.txt",
  ];
  beforeAll(() => {
    for (const file of files) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), "x");
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const payloads = (page: string) => exportPayloadFiles(root, path.join(root, page)).map((file) => path.relative(root, file)).sort();

  it("are a page's .txt twin and the __next segment files in the folder of its name", () => {
    expect(payloads("articles/a.html")).toEqual(["articles/a.txt", "articles/a/__next._full.txt", "articles/a/__next.articles.$d$slug.txt"]);
    expect(payloads("articles/a/actions.html")).toEqual(["articles/a/actions.txt", "articles/a/actions/__next._head.txt"]);
  });

  it("are, for the home page, index.txt and the segment files at the top of the export", () => {
    expect(payloads("index.html")).toEqual(["__next.__PAGE__.txt", "__next._tree.txt", "index.txt"]);
  });

  it("leave every other file alone: robots.txt, licences, citations, a page with no payload", () => {
    const all = ["index.html", "articles/a.html", "articles/a/actions.html", "404.html"].flatMap(payloads);
    expect(all).not.toContain("robots.txt");
    expect(all).not.toContain("notes.txt");
    expect(all).not.toContain("articles/a/cite.bib");
    expect(all).not.toContain("admin/decap/decap-cms.js.LICENSE.txt");
    expect(payloads("404.html")).toEqual([]);
  });
});

describe("what an export holds of Next's that no page loads (lib/build-plan/built-files.ts)", () => {
  const root = mkdtempSync(path.join(tmpdir(), "export-"));
  const files: Record<string, string> = {
    "index.html": `<link rel="stylesheet" href="/_next/static/chunks/site.css"/><script src="/reader-scripts/essay.1.js" async=""></script>`,
    "search.html": `<script src="/_next/static/chunks/search-runtime.js" async=""></script>`,
    "404.html": "<p>Not found</p>",
    "_not-found.html": "<p>Not found</p>",
    "_next/static/chunks/site.css": "main{}",
    "_next/static/chunks/search-runtime.js": `loadChunk("static/chunks/search-part.js")`,
    "_next/static/chunks/search-part.js": "1",
    "_next/static/chunks/react-runtime.js": `loadChunk("static/chunks/react-part.js")`,
    "_next/static/chunks/react-part.js": "2",
    "_next/static/build-id/_buildManifest.js": "3",
    "_next/static/media/icon.svg": "<svg/>",
    "reader-scripts/essay.1.js": "4",
    "admin/decap/decap-cms.js": "5",
  };
  beforeAll(() => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const leftovers = () => exportFrameworkLeftovers(root).map((file) => path.relative(root, file).split(path.sep).join("/")).sort();

  it("are Next's scripts that no page names, directly or through a script that stays, and the second copy of the not-found page", () => {
    expect(leftovers()).toEqual(["_next/static/build-id/_buildManifest.js", "_next/static/chunks/react-part.js", "_next/static/chunks/react-runtime.js", "_not-found.html"]);
  });

  it("leave the styles, the media, the site's own scripts, the editor and 404.html", () => {
    for (const kept of ["_next/static/chunks/site.css", "_next/static/media/icon.svg", "reader-scripts/essay.1.js", "admin/decap/decap-cms.js", "404.html", "_next/static/chunks/search-part.js"]) expect(leftovers()).not.toContain(kept);
  });
});
