import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The site's own scripts as reading pages load them: each bundle is one entry
 * in components/reader-scripts/bundles/ with the plain DOM modules it starts,
 * made by esbuild into one small standalone file (no framework, no imports
 * left), named by a hash of its text and served from this origin at
 * /reader-scripts/<name>.<hash>.js (app/reader-scripts/[file]/route.ts). A page
 * names the bundles it needs with <ReaderScript>; the build's last step loads
 * them after the page's first paint (lib/page-html/). The same bundles are
 * made under `next dev`, so the editing loop runs the readers' code.
 */
export const READER_BUNDLES = ["exit-this-page", "essay", "search"] as const;
export type ReaderBundleName = (typeof READER_BUNDLES)[number];

export const READER_SCRIPTS_PATH = "/reader-scripts";
export const READER_SCRIPTS_ENTRY_DIR = path.join("components", "reader-scripts", "bundles");

export interface ReaderBundle {
  name: ReaderBundleName;
  /** The file's name, with the hash of its text: `essay.0a1b2c3d4e5f.js`. */
  file: string;
  /** Where pages load it from. */
  url: string;
  code: string;
}

interface Made {
  bundle: ReaderBundle;
  /** The source files it was made from, with their modification times, so `next dev` can tell when to make it again. */
  inputs: { file: string; mtimeMs: number }[];
}

const made = new Map<ReaderBundleName, Made>();
const modificationTime = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/**
 * esbuild runs only while building and under `next dev` (a development dependency, a native
 * binary): it is loaded from the project when a bundle is first needed, never bundled.
 */
const esbuildOf = (root: string): typeof import("esbuild") => createRequire(path.join(/* turbopackIgnore: true */ root, "package.json"))("esbuild");

/**
 * Made synchronously, so a page names its scripts as it renders rather than when a promise
 * settles: an awaited bundle put its script's row in the page's payload (the .rsc files) at a
 * place that changed with the build's timing, and two builds of the same tree differed.
 */
function make(name: ReaderBundleName, root: string): Made {
  const result = esbuildOf(root).buildSync({
    absWorkingDir: root,
    entryPoints: [path.join(READER_SCRIPTS_ENTRY_DIR, `${name}.ts`)],
    bundle: true,
    format: "iife",
    platform: "browser",
    // Browsers from 2020 on; older ones read every page without the scripts.
    target: "es2020",
    minify: true,
    legalComments: "none",
    // Pagefind's module is built with the index and loaded from this origin as it is.
    external: ["/pagefind/*"],
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  const file = `${name}.${createHash("sha256").update(code).digest("hex").slice(0, 12)}.js`;
  const inputs = Object.keys(result.metafile.inputs).map((input) => {
    const full = path.resolve(/* turbopackIgnore: true */ root, input);
    return { file: full, mtimeMs: modificationTime(full) };
  });
  return { bundle: { name, file, url: `${READER_SCRIPTS_PATH}/${file}`, code }, inputs };
}

/**
 * One bundle, made once per process. Under `next dev` it is made again when
 * one of its source files has changed since, so an edit to a script shows on
 * the next reload.
 */
export function readerBundle(name: ReaderBundleName, root: string = process.cwd()): ReaderBundle {
  let bundle = made.get(name);
  if (bundle && process.env.NODE_ENV === "development" && bundle.inputs.some((input) => modificationTime(input.file) !== input.mtimeMs)) bundle = undefined;
  if (!bundle) {
    bundle = make(name, root);
    made.set(name, bundle);
  }
  return bundle.bundle;
}

export function readerBundles(root?: string): ReaderBundle[] {
  return READER_BUNDLES.map((name) => readerBundle(name, root));
}
