/**
 * `npm run build:static`: the whole site as plain files in out/, for any
 * static host or CDN: every page, the not-found page, feeds, sitemap, robots,
 * share images, the search index and the hosts' header files.
 *
 * Next 16 builds an export in .next/ as well, which would replace the build
 * that `npm start` serves; the server build is set aside and put back, so the
 * two kinds of build can live in one checkout.
 */
import { execFileSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";

const SERVER_BUILD = ".next";
const SET_ASIDE = ".next-server-build";

function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

rmSync(SET_ASIDE, { recursive: true, force: true });
const hadServerBuild = existsSync(SERVER_BUILD);
if (hadServerBuild) renameSync(SERVER_BUILD, SET_ASIDE);
try {
  rmSync("out", { recursive: true, force: true });
  run("npx", ["next", "build"], { STATIC_EXPORT: "1" });
  run("npx", ["tsx", "scripts/build-search-index.mts", "--html", "out", "--out", "out/pagefind"]);
  run("npx", ["tsx", "scripts/write-static-host-config.mts"]);
} finally {
  rmSync(SERVER_BUILD, { recursive: true, force: true });
  if (hadServerBuild) renameSync(SET_ASIDE, SERVER_BUILD);
}
console.log("Static site written to out/: serve it with any static host, e.g. npm run serve:static");
