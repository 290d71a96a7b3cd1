import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Where a build keeps each output on disk, so a later build can keep it,
 * move it or delete it. `next build` writes a route's output under
 * `.next/server/app/` as `<path>.html`, `.rsc`, `.meta` and a `.segments/`
 * folder for a page, or `.body` and `.meta` for a route handler (a feed, an
 * image, a citation file); the static export copies them to `out/` as
 * `<path>.html`, `<path>.txt` and `<path>/__next.*.txt`, or one file at
 * `<path>`. An output's files are the ones that exist of these.
 */
export type BuildLayout = "server" | "export";

// Build output, never traced into the server bundle.
const at = (root: string, outputPath: string) => path.join(/* turbopackIgnore: true */ root, ...outputPath.split("/").filter(Boolean));

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** The files (and, on the server, the segments folder) that hold one output. */
export function outputFiles(layout: BuildLayout, root: string, outputPath: string): string[] {
  const base = at(root, outputPath);
  if (layout === "server") return [".html", ".rsc", ".meta", ".body", ".segments"].map((suffix) => `${base}${suffix}`).filter((file) => existsSync(file));
  if (isFile(base)) return [base];
  const segments = existsSync(base) && statSync(base).isDirectory() ? readdirSync(base).filter((name) => name.startsWith("__next.") && name.endsWith(".txt")).map((name) => path.join(base, name)) : [];
  return [...[`${base}.html`, `${base}.txt`].filter(isFile), ...segments];
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
