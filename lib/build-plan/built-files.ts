import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Where a build keeps each output on disk, so a later build can keep it,
 * move it or delete it. `next build` writes a route's output under
 * `.next/server/app/` as `<path>.html`, `.rsc`, `.meta` and a `.segments/`
 * folder for a page, or `.body` and `.meta` for a route handler (a feed, an
 * image, a citation file); the static export copies them to `out/` as
 * `<path>.html`, `<path>.txt` and `<path>/__next.*.txt`, or one file at
 * `<path>`, and the build then deletes the `.txt` files (exportPayloadFiles):
 * what it keeps of an exported output is its page or its file. An output's
 * files are the ones that exist of these.
 */
export type BuildLayout = "server" | "export";

// Build output, never traced into the server bundle.
const at = (root: string, outputPath: string) => path.join(/* turbopackIgnore: true */ root, ...outputPath.split("/").filter(Boolean));

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** The files (and, on the server, the segments folder) that hold one output. */
export function outputFiles(layout: BuildLayout, root: string, outputPath: string): string[] {
  const base = at(root, outputPath);
  if (layout === "server") return [".html", ".rsc", ".meta", ".body", ".segments"].map((suffix) => `${base}${suffix}`).filter((file) => existsSync(file));
  return [base, `${base}.html`].filter(isFile);
}

/**
 * The files Next's export writes beside a page for its client router: the page's payload
 * (`<path>.txt`) and one file per segment (`<path>/__next.*.txt`; the home page's lie at the
 * top of the export, beside `index.txt`). The finished pages carry no client router
 * (lib/page-html/framework-scripts.ts), so no reader asks for them, yet they are about 70% of
 * an export's files and two thirds of its bytes, and static hosts count files: Cloudflare
 * Pages' Free plan takes 20,000 per site, which a thousand essays would pass with them.
 */
export function exportPayloadFiles(root: string, page: string): string[] {
  const base = page.replace(/\.html$/, "");
  const segmentsDir = path.relative(root, page) === "index.html" ? root : base;
  const payload = `${base}.txt`;
  const segments = existsSync(segmentsDir) && statSync(segmentsDir).isDirectory() ? readdirSync(segmentsDir, { withFileTypes: true }).filter((entry) => entry.isFile() && /^__next\..*\.txt$/.test(entry.name)).map((entry) => path.join(/* turbopackIgnore: true */ segmentsDir, entry.name)) : [];
  return [...(isFile(payload) ? [payload] : []), ...segments];
}

/** How a page or a script names one of Next's scripts: `/_next/static/…js`, or, in Turbopack's runtime, `static/chunks/…js`. */
const NEXT_SCRIPT_NAME = /(?<![\w.$~@/-])(?:\/_next\/)?(static\/[\w.$~@/-]+?\.js)(?![\w.$~@/-])/g;

/**
 * What Next's export holds that the finished export never serves, to delete once the pages are
 * finished: the client runtime's scripts under `_next/static/` that no page names (no finished
 * page loads one, lib/page-html/framework-scripts.ts; a script named by one that stays, stays
 * too), and `_not-found.html`, a copy of `404.html` that static hosts would answer at
 * `/_not-found` with status 200. The styles under `_next/static/` stay: the pages link them.
 */
export function exportFrameworkLeftovers(root: string): string[] {
  const all = filesUnder(root);
  const scripts = all.filter((file) => file.startsWith("_next/static/") && file.endsWith(".js"));
  const named = new Set<string>();
  const readNames = (file: string) => {
    for (const match of readFileSync(path.join(/* turbopackIgnore: true */ root, file), "utf8").matchAll(NEXT_SCRIPT_NAME)) named.add(`_next/${match[1]}`);
  };
  for (const file of all) if (file.endsWith(".html")) readNames(file);
  const read = new Set<string>();
  for (let unread = scripts.filter((file) => named.has(file)); unread.length > 0; unread = scripts.filter((file) => named.has(file) && !read.has(file))) {
    for (const file of unread) {
      read.add(file);
      readNames(file);
    }
  }
  return [...scripts.filter((file) => !named.has(file)), ...all.filter((file) => file === "_not-found.html")].map((file) => path.join(/* turbopackIgnore: true */ root, file));
}

/** Every file under `dir`, as a path from it with `/` between folders. */
export function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return filesUnder(path.join(/* turbopackIgnore: true */ dir, entry.name), `${prefix}${entry.name}/`);
    return entry.isFile() ? [`${prefix}${entry.name}`] : [];
  });
}

/** Whether the output is there to be kept: its metadata (server) or its page or file (export). */
export function isOutputBuilt(layout: BuildLayout, root: string, outputPath: string): boolean {
  const base = at(root, outputPath);
  return layout === "server" ? isFile(`${base}.meta`) : isFile(base) || isFile(`${base}.html`);
}

/** The HTML page of an output, when it has one: what the finishing step and the search index read. */
export function outputPage(layout: BuildLayout, root: string, outputPath: string): string | undefined {
  const page = `${at(root, outputPath)}.html`;
  return isFile(page) ? page : undefined;
}
