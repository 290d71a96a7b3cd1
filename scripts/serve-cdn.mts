/**
 * `npm run serve:cdn`: the static export in out/ under `wrangler pages dev`, Cloudflare's own
 * runtime (workerd) on 127.0.0.1: out/_headers, out/_routes.json, clean URLs, the 404 page and
 * the sign-in's Pages Functions (functions/) as Cloudflare Pages serves them, with no network.
 *
 *   tsx scripts/serve-cdn.mts [--dir out] [--port 8788]
 *
 * Wrangler reaches out by default: usage metrics, error reports, a check for a newer version
 * and Cloudflare's `Request.cf` data. Each is turned off here, so the server starts the same
 * with no network. GITHUB_OAUTH_* variables in this process's environment reach the
 * Functions as bindings; otherwise put them in .dev.vars (git-ignored), as wrangler expects.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { dir: { type: "string", default: "out" }, port: { type: "string", default: "8788" } } });
const dir = values.dir!;
const port = Number(values.port);
if (!existsSync(path.join(dir, "_headers"))) {
  console.error(`No static export in ${dir}/ (no _headers): run npm run build:static first.`);
  process.exit(1);
}

const bindings = Object.entries(process.env)
  .filter(([name, value]) => name.startsWith("GITHUB_OAUTH_") && value)
  .flatMap(([name, value]) => ["--binding", `${name}=${value}`]);

const wrangler = spawn(
  path.join("node_modules", ".bin", "wrangler"),
  [
    "pages", "dev", dir,
    "--ip", "127.0.0.1",
    "--port", String(port),
    // The debugger's port, beside the site's, rather than wrangler's default 9229.
    "--inspector-port", String(port + 1),
    "--persist-to", path.join(".wrangler", "state"),
    "--show-interactive-dev-session=false",
    "--live-reload=false",
    ...bindings,
  ],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: "false",
      WRANGLER_SEND_ERROR_REPORTS: "false",
      // The banner is where wrangler checks the registry for a newer version of itself.
      WRANGLER_HIDE_BANNER: "true",
      // Otherwise fetched from workers.cloudflare.com at start-up, waiting up to 3 s for it.
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      // The Functions get the bindings above and .dev.vars, never the site's .env files.
      CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV: "false",
    },
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => wrangler.kill(signal));
wrangler.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
