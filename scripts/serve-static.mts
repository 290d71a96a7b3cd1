/**
 * A plain static server for the export in out/, as a CDN or static host would
 * serve it: files only, clean URLs (/x serves x.html, and /x/ and /x.html are
 * sent on to /x), the site's 404 page, and the headers out/_headers gives each
 * path (from the same rules, lib/static-host-config.ts). Used by the browser
 * tests, and by the benchmark when nginx is not installed;
 * `npm run serve:cdn` runs Cloudflare's own runtime.
 *
 *   tsx scripts/serve-static.mts [--dir out] [--port 3102]
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import sirv from "sirv";
import { headersForPath, pageRedirect } from "../lib/static-host-config";

const { values } = parseArgs({ options: { dir: { type: "string", default: "out" }, port: { type: "string", default: "3102" } } });
const root = path.resolve(values.dir!);
const notFoundPage = readFileSync(path.join(root, "404.html"));

const serve = sirv(root, {
  extensions: ["html"],
  dotfiles: false,
  etag: true,
  setHeaders: (response, pathname) => {
    for (const { key, value } of headersForPath(pathname)) response.setHeader(key, value);
  },
});

createServer((request, response) => {
  const target = request.url ?? "/";
  const redirect = pageRedirect(target);
  if (redirect) {
    for (const { key, value } of headersForPath(new URL(target, "http://host").pathname)) response.setHeader(key, value);
    response.writeHead(308, { Location: redirect }).end();
    return;
  }
  serve(request, response, () => {
    for (const { key, value } of headersForPath("/404.html")) response.setHeader(key, value);
    response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(notFoundPage);
  });
}).listen(Number(values.port), () => console.log(`Serving ${path.relative(process.cwd(), root) || "."} at http://localhost:${values.port}`));
