/**
 * A plain static server for the export in out/, as a CDN or static host would
 * serve it: files only, clean URLs (/x serves x.html), the site's 404 page, and
 * the headers from out/_headers. Used by the browser tests and the benchmark
 * when nginx is not installed.
 *
 *   tsx scripts/serve-static.mts [--dir out] [--port 3102]
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import sirv from "sirv";
import { staticContentType } from "../lib/static-host-config";

const { values } = parseArgs({ options: { dir: { type: "string", default: "out" }, port: { type: "string", default: "3102" } } });
const root = path.resolve(values.dir!);
// The headers for every path: the first block of out/_headers.
const headers = readFileSync(path.join(root, "_headers"), "utf8")
  .split(/\n(?=\S)/)[0]
  .split("\n")
  .filter((line) => line.startsWith("  "))
  .map((line) => {
    const [key, ...value] = line.trim().split(": ");
    return [key, value.join(": ")] as const;
  });
const notFoundPage = readFileSync(path.join(root, "404.html"));

const serve = sirv(root, {
  extensions: ["html"],
  dotfiles: false,
  etag: true,
  setHeaders: (response, pathname) => {
    headers.forEach(([key, value]) => response.setHeader(key, value));
    // As _headers tells a static host: types a file's name does not give.
    const type = staticContentType(pathname);
    if (type) response.setHeader("Content-Type", type);
  },
});

createServer((request, response) => {
  serve(request, response, () => {
    headers.forEach(([key, value]) => response.setHeader(key, value));
    response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(notFoundPage);
  });
}).listen(Number(values.port), () => console.log(`Serving ${path.relative(process.cwd(), root) || "."} at http://localhost:${values.port}`));
