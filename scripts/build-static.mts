/**
 * `npm run build:static`: the whole site as plain files in out/, for any
 * static host or CDN: every page, the not-found page, feeds, sitemap, robots,
 * share images, the search index, the browser's editor (/admin) and the hosts'
 * header files.
 *
 *   tsx scripts/build-static.mts [--out out] [--content content]
 *
 * --out and --content let the tests export their fixture content (which holds
 * a draft) beside the real site, to prove what a production build leaves out.
 *
 * Next 16 builds an export in .next/ as well, which would replace the build
 * that `npm start` serves; the server build is set aside and put back, so the
 * two kinds of build can live in one checkout.
 */
import { execFileSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { siteOrigin } from "../lib/site-url";

// A SITE_URL the site cannot be served at fails here, in a second, rather than deep in the build.
try {
  siteOrigin();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const { values } = parseArgs({ options: { out: { type: "string", default: "out" }, content: { type: "string" } } });
const outDir = values.out!;
const SERVER_BUILD = ".next";
const SET_ASIDE = ".next-server-build";

function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

const buildEnv: Record<string, string> = { STATIC_EXPORT: "1", EXPORT_DIR: outDir };
if (values.content) buildEnv.CONTENT_DIR = path.resolve(values.content);

rmSync(SET_ASIDE, { recursive: true, force: true });
const hadServerBuild = existsSync(SERVER_BUILD);
if (hadServerBuild) renameSync(SERVER_BUILD, SET_ASIDE);
try {
  rmSync(outDir, { recursive: true, force: true });
  run("npx", ["tsx", "scripts/build-editor.mts"]);
  run("npx", ["tsx", "scripts/warm-build-caches.mts"], buildEnv);
  run("npx", ["next", "build"], buildEnv);
  run("npx", ["tsx", "scripts/build-search-index.mts", "--html", outDir, "--out", path.join(outDir, "pagefind")]);
  run("npx", ["tsx", "scripts/finish-pages.mts", "--html", outDir]);
  run("npx", ["tsx", "scripts/write-static-host-config.mts", "--out", outDir]);
} finally {
  rmSync(SERVER_BUILD, { recursive: true, force: true });
  if (hadServerBuild) renameSync(SET_ASIDE, SERVER_BUILD);
}
console.log(`Static site written to ${outDir}/: serve it with any static host, e.g. npm run serve:static -- --dir ${outDir}`);
