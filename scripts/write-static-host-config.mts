/**
 * Writes the static hosts' files: <out>/_headers and <out>/_routes.json for Cloudflare Pages,
 * and deploy/nginx.conf (committed, checked by a unit test) as the example server.
 * `npm run build:static` writes them after every export (scripts/lib/build-site.mts).
 *
 *   tsx scripts/write-static-host-config.mts [--out out]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { headersFile, nginxConfig, routesFile } from "../lib/static-host-config";

/** Writes the hosts' files for the export in this folder; returns what it wrote. */
export function writeStaticHostConfig(outDir: string): string[] {
  const headersPath = path.join(outDir, "_headers");
  const routesPath = path.join(outDir, "_routes.json");
  writeFileSync(headersPath, headersFile());
  writeFileSync(routesPath, routesFile());
  writeFileSync("deploy/nginx.conf", nginxConfig());
  return [headersPath, routesPath, "deploy/nginx.conf"];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "out" } } });
  const [headersPath, routesPath] = writeStaticHostConfig(values.out!);
  console.log(`Wrote ${headersPath}, ${routesPath} and deploy/nginx.conf`);
}
