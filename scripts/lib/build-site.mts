/**
 * What `npm run build` and `npm run build:static` do, in order:
 *
 * 0. Write the browser's editor into public/admin/ (scripts/build-editor.mts).
 * 1. Warm the build caches (scripts/warm-build-caches.mts) and load the site.
 * 2. Plan (lib/build-plan/): the key of every output of the prerendered routes,
 *    compared with the record the previous build left. A change of code,
 *    lockfile or configuration (the build ID, lib/build-id.ts), no record, or
 *    content with problems: everything is made.
 * 3. `next build`. When the plan keeps outputs, Next only generates
 *    (`--experimental-build-mode=generate`, the compiled code is the previous
 *    build's, which the same build ID guarantees), and each route's
 *    `generateStaticParams` gives only the outputs the plan makes
 *    (lib/static-params.ts); the kept outputs are the previous build's files.
 * 4. Put the kept outputs back where a full build would have them: on the
 *    server, into `.next/prerender-manifest.json`, which `next start` serves
 *    by; in an export, from the previous export into the new one. Delete what
 *    the site no longer has.
 * 5. Index every page for search (the index is one whole), then finish the
 *    pages this build made (the kept ones were finished by their build); in an
 *    export, delete those pages' payload files, which only Next's client router
 *    reads and no finished page carries, and the client scripts no page loads.
 * 6. Leave the record of this build for the next.
 *
 * A build that fails leaves no record, so the next one makes everything.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { buildId } from "../../lib/build-id";
import { type BuildLayout, exportFrameworkLeftovers, exportPayloadFiles, isOutputBuilt, outputFiles, outputPage } from "../../lib/build-plan/built-files";
import { type BuildPlan, type BuildRecord, buildRecord, planBuild } from "../../lib/build-plan/plan";
import { readPrerenderManifest, withKeptRoutes, writePrerenderManifest } from "../../lib/build-plan/prerender-manifest";
import { type PlannedOutput, prerenderedOutputs } from "../../lib/build-plan/prerendered-routes";
import { builtPages } from "../../lib/page-html/built-pages";
import { BUILD_PLAN_VARIABLE, type BuildPlanFile } from "../../lib/static-params";
import { buildSearchIndex } from "../build-search-index.mjs";
import { finishPages } from "../finish-pages.mjs";
import { loadBuildEnvironment, warmBuildCaches } from "../warm-build-caches.mjs";
import { writeStaticHostConfig } from "../write-static-host-config.mjs";

export interface BuildOptions {
  /** Export the site as plain files into this folder (Next runs with STATIC_EXPORT=1); otherwise build what `next start` serves. */
  exportDir?: string;
}

/** What the build did, for the log and the bench. */
export interface BuildReport {
  plan: { kind: "full"; reason: string } | { kind: "incremental"; render: number; reuse: number; remove: number };
  /** Wall time of each step, in milliseconds. */
  phasesMs: Record<string, number>;
  /** The pages the search index holds, and the pages this build finished. */
  indexedPages: number;
  finishedPages: number;
}

const DIST_DIR = ".next";
/** Inside .next, which `next build` empties (all but its cache) when it compiles: so a plain `next build` leaves no record behind. */
const RECORD_FILE = path.join(DIST_DIR, "reframe-build.json");
/** Inside Next's cache folder, which it keeps. */
const WORK_DIR = path.join(DIST_DIR, "cache", "reframe-build");

export async function buildSite(options: BuildOptions = {}): Promise<BuildReport> {
  const phasesMs: Record<string, number> = {};
  const timed = async <T,>(phase: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      phasesMs[phase] = performance.now() - started;
    }
  };
  const layout: BuildLayout = options.exportDir ? "export" : "server";
  const exportDir = options.exportDir && path.resolve(options.exportDir);
  const htmlRoot = exportDir ?? path.resolve(DIST_DIR, "server", "app");
  if (exportDir) Object.assign(process.env, { STATIC_EXPORT: "1", EXPORT_DIR: options.exportDir });

  await timed("editor", () => {
    const editor = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-editor.mts"], { stdio: "inherit" });
    if (editor.status !== 0) throw new Error("writing the editor into public/admin/ failed");
  });
  loadBuildEnvironment();
  const id = buildId();
  let outputs: PlannedOutput[] | undefined;
  const caches = await timed("caches", () =>
    warmBuildCaches((checked) => {
      if (checked.site) outputs = prerenderedOutputs(checked.site);
    }),
  );
  console.log(`Build caches: ${caches}`);

  const plan = await timed("plan", () => {
    const previous = readRecord();
    rmSync(RECORD_FILE, { force: true });
    rmSync(WORK_DIR, { recursive: true, force: true });
    if (!outputs) return { kind: "full", reason: "the content has problems, which the build reports" } satisfies BuildPlan;
    return planBuild(previous, id, outputs, (outputPath) => isOutputBuilt(layout, htmlRoot, outputPath));
  });
  console.log(plan.kind === "full" ? `Build plan: everything, since ${plan.reason}.` : `Build plan: ${count(plan.render.length, "output")} to make, ${count(plan.reuse.length, "output")} kept from the last build, ${count(plan.remove.length, "output")} gone.`);

  const previousExport = path.join(WORK_DIR, "previous-export");
  const previousManifest = path.join(WORK_DIR, "previous-prerender-manifest.json");
  await timed("next", () => {
    if (plan.kind === "full") return nextBuild([]);
    mkdirSync(WORK_DIR, { recursive: true });
    const planFile = path.resolve(WORK_DIR, "plan.json");
    writeFileSync(planFile, JSON.stringify({ render: plan.render.map((output) => output.path), reuse: plan.reuse.map((output) => output.path) } satisfies BuildPlanFile));
    if (exportDir) {
      renameSync(exportDir, previousExport);
      // Next's export copies the pages its prerender manifest lists, from a manifest that its own
      // page generation had already loaded with require(): in a build that only generates, that
      // was the last build's, cached, so a renamed essay was exported under its old address and
      // not its new one. With no manifest on disk the generation loads none, as in a cold build.
      rmSync(path.join(DIST_DIR, "prerender-manifest.json"), { force: true });
    } else copyFileSync(path.join(DIST_DIR, "prerender-manifest.json"), previousManifest);
    nextBuild(["--experimental-build-mode=generate"], { [BUILD_PLAN_VARIABLE]: planFile });
  });

  await timed("keep", () => {
    if (plan.kind === "full") return;
    const kept = plan.reuse.map((output) => output.path);
    if (exportDir) {
      // Next's export starts from an empty folder: the kept outputs come back from the previous one.
      for (const outputPath of kept) {
        for (const file of outputFiles("export", previousExport, outputPath)) {
          const destination = path.join(exportDir, path.relative(previousExport, file));
          mkdirSync(path.dirname(destination), { recursive: true });
          renameSync(file, destination);
        }
      }
      rmSync(previousExport, { recursive: true, force: true });
    } else {
      for (const outputPath of plan.remove) for (const file of outputFiles("server", htmlRoot, outputPath)) rmSync(file, { recursive: true, force: true });
      const manifestFile = path.join(DIST_DIR, "prerender-manifest.json");
      writePrerenderManifest(manifestFile, withKeptRoutes(readPrerenderManifest(manifestFile), readPrerenderManifest(previousManifest), kept));
    }
  });

  const indexDir = exportDir ? path.join(exportDir, "pagefind") : path.resolve("public", "pagefind");
  const indexedPages = await timed("search index", () => buildSearchIndex(htmlRoot, indexDir));
  console.log(`Search index: ${count(indexedPages, "page")} indexed into ${path.relative(process.cwd(), indexDir)}/`);

  const kept = new Set(plan.kind === "full" ? [] : plan.reuse.flatMap((output) => outputPage(layout, htmlRoot, output.path) ?? []));
  const madePages = builtPages(htmlRoot).filter((page) => !kept.has(page));
  await timed("finish", () => finishPages(madePages));
  console.log(`Finished ${count(madePages.length, "page")} in ${path.relative(process.cwd(), htmlRoot)}: scripts after the first paint, inline scripts pinned`);

  if (exportDir) {
    const removed = await timed("payloads", () => removeFiles(madePages.flatMap((page) => exportPayloadFiles(exportDir, page)), exportDir));
    console.log(`Removed ${count(removed, "payload file")} of Next's client router, which no finished page asks for`);
    const leftovers = await timed("leftovers", () => removeFiles(exportFrameworkLeftovers(exportDir), exportDir));
    console.log(`Removed ${count(leftovers, "file")} of Next's that no page loads: its client scripts and a second copy of the not-found page`);
    writeStaticHostConfig(exportDir);
  }
  if (outputs) writeFileSync(RECORD_FILE, JSON.stringify(buildRecord(id, outputs)));
  return {
    plan: plan.kind === "full" ? plan : { kind: "incremental", render: plan.render.length, reuse: plan.reuse.length, remove: plan.remove.length },
    phasesMs,
    indexedPages,
    finishedPages: madePages.length,
  };
}

/** Deletes the files, and the folders below `top` that they leave empty; returns how many files went. */
function removeFiles(files: string[], top: string): number {
  for (const file of files) rmSync(file);
  for (const folder of new Set(files.map((file) => path.dirname(file)))) if (folder !== top && readdirSync(folder).length === 0) rmdirSync(folder);
  return files.length;
}

function readRecord(): BuildRecord | undefined {
  try {
    return JSON.parse(readFileSync(RECORD_FILE, "utf8")) as BuildRecord;
  } catch {
    return undefined;
  }
}

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

function nextBuild(args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, [nextBin, "build", ...args], { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`next build failed${result.signal ? ` (${result.signal})` : ""}`);
}

const count = (n: number, noun: string) => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
