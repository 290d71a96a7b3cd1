import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectCopy } from "../../scripts/bench/scratch.mjs";
import type { BuildReport } from "../../scripts/lib/build-site.mjs";
import { applyEdit, type ModelSite, modelSite, type SiteEdit, siteEdit, writeSite } from "./site-edits";

/**
 * The incremental build against a full build of the same tree, file for file,
 * for `npm run build` and `npm run build:static`, after random edits. Real
 * builds of a tiny site in a scratch copy of the project (under bench/tmp/,
 * where Turbopack accepts its link to node_modules): a full build takes most
 * of a minute of CPU, so there are four of them and three incremental ones.
 * The many random sequences run against the part that decides, in build-plan.test.ts.
 */
const ROOT = path.resolve(__dirname, "../..");
const PROJECT = path.join(ROOT, "bench", "tmp", `incremental-build-test-${process.pid}`);
const SITE_URL = "http://localhost:4599";

function build(script: "build" | "build-static"): BuildReport {
  const report = path.join(PROJECT, "build-report.json");
  rmSync(report, { force: true });
  // As a developer runs it: the test runner's settings (no build caches, NODE_ENV=test) left out.
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL };
  for (const name of ["CONTENT_DIR", "CONTENT_CACHE", "CONTENT_CACHE_DIR", "NODE_ENV", "REFRAME_BUILD_PLAN"]) delete env[name];
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.mts`, "--report", report], { cwd: PROJECT, encoding: "utf8", env });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return JSON.parse(readFileSync(report, "utf8")) as BuildReport;
}

/** Every file under `dir`, with its bytes. */
function filesOf(dir: string, base = dir): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) for (const [file, bytes] of filesOf(full, base)) files.set(file, bytes);
    else files.set(path.relative(base, full), readFileSync(full));
  }
  return files;
}

/** Next's per-build secrets (preview-mode keys), the only part of its manifest that is not made from the tree. */
const withoutSecrets = (manifest: string) => JSON.stringify({ ...JSON.parse(manifest), preview: undefined });

/** What `next start` serves: the prerendered pages and files, their manifest, and the search index. */
function serverOutput(): Map<string, Buffer> {
  const files = new Map([...filesOf(path.join(PROJECT, ".next", "server", "app"))].map(([file, bytes]) => [`app/${file}`, bytes]));
  for (const [file, bytes] of filesOf(path.join(PROJECT, "public", "pagefind"))) files.set(`pagefind/${file}`, bytes);
  files.set("prerender-manifest.json", Buffer.from(withoutSecrets(readFileSync(path.join(PROJECT, ".next", "prerender-manifest.json"), "utf8"))));
  return files;
}

function expectSameFiles(incremental: Map<string, Buffer>, full: Map<string, Buffer>, after: string) {
  expect([...incremental.keys()].sort(), `the files after ${after}`).toEqual([...full.keys()].sort());
  const differing = [...full].filter(([file, bytes]) => !bytes.equals(incremental.get(file)!)).map(([file]) => file);
  expect(differing, `files that differ from a full build after ${after}`).toEqual([]);
}

const describeEdits = (edits: SiteEdit[]) => edits.map((edit) => edit.kind).join(", ");
const contentDir = () => path.join(PROJECT, "content");
const forget = (recordDir: string) => rmSync(path.join(PROJECT, recordDir, "reframe-build.json"));

// New edits on every run; BUILD_TEST_SEED=<seed> repeats a run's.
const SEED = Number(process.env.BUILD_TEST_SEED ?? Date.now() % 1_000_000);

describe(`a build after edits equals a full build of the same tree (BUILD_TEST_SEED=${SEED})`, () => {
  // Four essays by three authors on two topics, so each is another's neighbour or related essay.
  // A static export refuses a route with no page at all (Next's rule for output: "export"),
  // so the site keeps an essay with action steps throughout, as a full build needs too.
  const hasSteps = (site: ModelSite) => site.essays.some((essay) => essay.steps);
  const [start] = fc.sample(modelSite(4).filter((site) => site.essays.filter((essay) => essay.steps).length >= 2), { seed: 28, numRuns: 1 });
  const batches = fc.sample(fc.array(siteEdit, { minLength: 2, maxLength: 3 }).filter((batch) => hasSteps(batch.reduce(applyEdit, start))), { seed: SEED, numRuns: 2 });
  beforeAll(() => projectCopy(ROOT, PROJECT), 60_000);
  afterAll(() => rmSync(PROJECT, { recursive: true, force: true }), 120_000);

  it("for npm run build: the same pages, files, manifest and search index, file for file", () => {
    let site: ModelSite = start;
    writeSite(site, contentDir());
    expect(build("build").plan.kind).toBe("full");
    // Two builds after edits, each from the one before, then a full build of the last tree to compare with.
    for (const batch of batches) {
      site = batch.reduce(applyEdit, site);
      writeSite(site, contentDir());
      expect(build("build").plan, `the plan after ${describeEdits(batch)}`).toMatchObject({ kind: "incremental" });
    }
    const incremental = serverOutput();
    forget(".next");
    expect(build("build").plan.kind).toBe("full");
    expectSameFiles(incremental, serverOutput(), batches.map(describeEdits).join("; then "));
  }, 900_000);

  it("for npm run build:static: the same export, file for file", () => {
    const serverBuild = path.join(PROJECT, ".next", "server", "app");
    const hadServerBuild = existsSync(serverBuild);
    let site: ModelSite = start;
    writeSite(site, contentDir());
    build("build-static");
    site = batches[0].reduce(applyEdit, site);
    writeSite(site, contentDir());
    expect(build("build-static").plan, `the plan after ${describeEdits(batches[0])}`).toMatchObject({ kind: "incremental" });
    const incremental = filesOf(path.join(PROJECT, "out"));
    forget(".next-static-build");
    expect(build("build-static").plan.kind).toBe("full");
    const full = filesOf(path.join(PROJECT, "out"));
    expectSameFiles(incremental, full, describeEdits(batches[0]));
    // Next's client-router payloads: no finished page asks for one, so the export holds none.
    const files = [...full.keys()];
    expect(files.filter((file) => /(^|\/)__next\.[^/]*\.txt$/.test(file) || (file.endsWith(".txt") && files.includes(file.replace(/\.txt$/, ".html"))))).toEqual([]);
    // Nor Next's client scripts, which no finished page loads, nor a second copy of the not-found page.
    expect(files.filter((file) => file.startsWith("_next/static/") && file.endsWith(".js"))).toEqual([]);
    expect(files).not.toContain("_not-found.html");
    expect(files).toEqual(expect.arrayContaining(["index.html", "404.html", "robots.txt", "leaving-quickly.html"]));
    expect(files.some((file) => file.startsWith("_next/static/") && file.endsWith(".css")), "the pages' styles").toBe(true);
    expect(existsSync(serverBuild), "the server build is put back").toBe(hadServerBuild);
  }, 900_000);
});
