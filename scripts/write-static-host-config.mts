/**
 * Writes the static hosts' header files: out/_headers for the export, and
 * deploy/nginx.conf (committed, checked by a unit test) as the example server.
 */
import { writeFileSync } from "node:fs";
import { headersFile, nginxConfig } from "../lib/static-host-config";

writeFileSync("out/_headers", headersFile());
writeFileSync("deploy/nginx.conf", nginxConfig());
console.log("Wrote out/_headers and deploy/nginx.conf");
