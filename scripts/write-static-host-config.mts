/**
 * Writes the static hosts' files: <out>/_headers and <out>/_routes.json for Cloudflare Pages,
 * and deploy/nginx.conf (committed, checked by a unit test) as the example server.
 *
 *   tsx scripts/write-static-host-config.mts [--out out]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { headersFile, nginxConfig, routesFile } from "../lib/static-host-config";

const { values } = parseArgs({ options: { out: { type: "string", default: "out" } } });
const headersPath = path.join(values.out!, "_headers");
const routesPath = path.join(values.out!, "_routes.json");
writeFileSync(headersPath, headersFile());
writeFileSync(routesPath, routesFile());
writeFileSync("deploy/nginx.conf", nginxConfig());
console.log(`Wrote ${headersPath}, ${routesPath} and deploy/nginx.conf`);
