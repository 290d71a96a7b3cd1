/**
 * `npm run build:static`: the whole site as plain files in out/, for any
 * static host or CDN: every page, the not-found page, feeds, sitemap, robots,
 * share images, the search index, the browser's editor (/admin) and the hosts'
 * header files. Made again only
 * where something changed, like `npm run build` (scripts/lib/build-site.mts).
 *
 *   tsx scripts/build-static.mts [--out out] [--content content] [--report build-report.json]
 *
 * --out and --content let the tests export their fixture content (which holds
 * a draft) beside the real site, to prove what a production build leaves out.
 *
 * Next 16 builds an export in .next/ as well, which would replace the build
 * that `npm start` serves: the server build is set aside while the export's
 * own build (kept in .next-static-build/ between exports, so the next export
 * can keep what did not change) takes its place, and both are put back.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { siteOrigin } from "../lib/site-url";
import { buildSite } from "./lib/build-site.mjs";

// A SITE_URL the site cannot be served at fails here, in a second, rather than deep in the build.
try {
  siteOrigin();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const { values } = parseArgs({ options: { out: { type: "string", default: "out" }, content: { type: "string" }, report: { type: "string" } } });
const outDir = values.out!;
const BUILD_DIR = ".next";
const SERVER_BUILD = ".next-server-build";
const STATIC_BUILD = ".next-static-build";

if (values.content) process.env.CONTENT_DIR = path.resolve(values.content);

rmSync(SERVER_BUILD, { recursive: true, force: true });
const hadServerBuild = existsSync(BUILD_DIR);
if (hadServerBuild) renameSync(BUILD_DIR, SERVER_BUILD);
if (existsSync(STATIC_BUILD)) renameSync(STATIC_BUILD, BUILD_DIR);
try {
  const report = await buildSite({ exportDir: outDir });
  if (values.report) writeFileSync(values.report, JSON.stringify(report, null, 2));
} finally {
  rmSync(STATIC_BUILD, { recursive: true, force: true });
  if (existsSync(BUILD_DIR)) renameSync(BUILD_DIR, STATIC_BUILD);
  if (hadServerBuild) renameSync(SERVER_BUILD, BUILD_DIR);
}
console.log(`Static site written to ${outDir}/: serve it with any static host, e.g. npm run serve:static -- --dir ${outDir}`);
