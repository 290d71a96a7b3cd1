/**
 * The static export served by nginx with the site's example server block (deploy/nginx.conf),
 * as a server of the browser tests and the bench: nginx is the one host whose reading of the
 * generated configuration would otherwise be taken on trust.
 *
 *   tsx scripts/serve-nginx.mts [--dir out] [--port 3110]
 */
import { parseArgs } from "node:util";
import { startNginx } from "./lib/nginx.mjs";

const { values } = parseArgs({ options: { dir: { type: "string", default: "out" }, port: { type: "string", default: "3110" } } });
const port = Number(values.port);
const nginx = (() => {
  try {
    return startNginx({ root: values.dir!, port });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
})();
// nginx stops its workers when its master is told to; this process goes with it.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => nginx.kill("SIGQUIT"));
nginx.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
console.log(`Serving ${values.dir} with nginx at http://127.0.0.1:${port}`);
