/**
 * Writes the browser's editor into public/admin/ (git-ignored), before
 * `npm run dev`, `npm run build`, `npm run build:static` and `npm run edit`:
 *
 * - Decap CMS's own bundle, copied from node_modules (never loaded from a CDN);
 * - setup.js, our one script (lib/cms/admin-setup.ts and the content layer's
 *   check and pipeline it runs), bundled for the browser;
 * - preview.css, the site's own stylesheets for the preview pane;
 * - index.html, the page that loads them.
 *
 * The configuration and the site's index are route handlers (app/admin/), so
 * each build writes its own; these files are the same for every build.
 *
 *   tsx scripts/build-editor.mts [--out public/admin]
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import * as esbuild from "esbuild";
import { editorPage } from "../lib/cms/editor-page";
import { EDITOR_PATHS } from "../lib/cms/editor-paths";

const { values } = parseArgs({ options: { out: { type: "string", default: path.join("public", "admin") } } });
const outDir = path.resolve(values.out!);
const root = process.cwd();
const require = createRequire(path.join(root, "package.json"));
const started = performance.now();

/** Decap's bundle and the chunks it loads on demand (code-editor modes, locales), without source maps. */
function copyDecap() {
  const dist = path.dirname(require.resolve("decap-cms/dist/decap-cms.js"));
  const target = path.join(outDir, path.posix.dirname(EDITOR_PATHS.decapScript.slice(EDITOR_PATHS.root.length + 1)));
  mkdirSync(target, { recursive: true });
  let files = 0;
  for (const name of readdirSync(dist)) {
    if (!/(^|\.)decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name)) continue;
    copyFileSync(path.join(dist, name), path.join(target, name));
    files++;
  }
  return files;
}

/**
 * Only English messages of zod, which the schema's errors are written over; the
 * other locales are loaded by `z.locales`, which nothing here uses.
 */
const englishOnlyZod: esbuild.Plugin = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: "zod-locales", namespace: "stub" } : undefined));
    // gray-matter loads js-yaml for its default engine; the site's frontmatter parser replaces that engine.
    build.onResolve({ filter: /^js-yaml$/ }, (args) => (args.importer.includes(`${path.sep}gray-matter${path.sep}`) ? { path: "js-yaml", namespace: "stub" } : undefined));
    // One acorn: micromark imports its ES module, acorn-jsx requires the CommonJS one.
    build.onResolve({ filter: /^acorn$/ }, () => ({ path: require.resolve("acorn").replace(/acorn\.js$/, "acorn.mjs") }));
    build.onLoad({ filter: /^zod-locales$/, namespace: "stub" }, () => ({ contents: "module.exports = {};", loader: "js" }));
    build.onLoad({ filter: /^js-yaml$/, namespace: "stub" }, () => ({
      contents: 'const refuse = () => { throw new Error("gray-matter\'s own YAML engine is not used"); }; module.exports = { safeLoad: refuse, safeDump: refuse };',
      loader: "js",
    }));
  },
};

async function bundleSetup() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, "lib/cms/admin-setup.ts")],
    outfile: path.join(outDir, path.basename(EDITOR_PATHS.setupScript)),
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2022",
    minify: true,
    legalComments: "linked",
    // gray-matter keeps the text it read as a Buffer; the browser has none.
    inject: [path.join(root, "lib/cms/browser-buffer.ts")],
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [englishOnlyZod],
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
  if (result.errors.length > 0) throw new Error("the editor's script did not build");
}

async function bundlePreviewStyles() {
  await esbuild.build({
    entryPoints: [path.join(root, "lib/cms/preview.css")],
    outfile: path.join(outDir, path.basename(EDITOR_PATHS.previewStyles)),
    bundle: true,
    minify: true,
    logLevel: "warning",
  });
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const decapFiles = copyDecap();
await Promise.all([bundleSetup(), bundlePreviewStyles()]);
writeFileSync(path.join(outDir, "index.html"), editorPage());
console.log(`Editor written to ${path.relative(root, outDir)}/ (Decap CMS: ${decapFiles} files) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
