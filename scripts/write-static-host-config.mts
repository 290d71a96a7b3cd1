/**
 * Writes the static hosts' header files: <out>/_headers for the export, and
 * deploy/nginx.conf (committed, checked by a unit test) as the example server.
 *
 *   tsx scripts/write-static-host-config.mts [--out out]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { headersFile, nginxConfig } from "../lib/static-host-config";

const { values } = parseArgs({ options: { out: { type: "string", default: "out" } } });
const headersPath = path.join(values.out!, "_headers");
writeFileSync(headersPath, headersFile());
writeFileSync("deploy/nginx.conf", nginxConfig());
console.log(`Wrote ${headersPath} and deploy/nginx.conf`);
