/**
 * Builds the Pagefind search index from the prerendered HTML of a production
 * build, so search works on `next start` and on any static host with no
 * third-party service. Runs after `next build` as part of `npm run build`
 * (scripts/build.mts).
 *
 *   tsx scripts/build-search-index.mts [--html .next/server/app] [--out public/pagefind]
 *
 * Only elements marked data-pagefind-body (the article pages) are indexed, and
 * drafts are never prerendered in production, so they are never indexed.
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import * as pagefind from "pagefind";
import { builtPages } from "../lib/page-html/built-pages";

/** The address a prerendered file is served at: articles/x.html and articles/x/index.html are both /articles/x. */
function urlFor(htmlRoot: string, file: string): string {
  const relative = path.relative(htmlRoot, file).split(path.sep).join("/").replace(/(\/index)?\.html$/, "");
  return relative === "index" || relative === "" ? "/" : `/${relative}`;
}

/**
 * The page without the text of its scripts and stylesheets, which Pagefind never
 * indexes: they are three quarters of an essay page (Next's payload repeats the
 * body, the styles are inline), and every byte goes to Pagefind's process as
 * base64 in JSON. The index is the same byte for byte (tests/unit/search-index.test.ts);
 * indexing 1,000 essays took a quarter less CPU time. A prerendered page's
 * script or style text cannot hold its own end tag (React escapes it).
 */
export function withoutScriptsAndStyles(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, "");
}

// Pagefind indexes in its own process: pages handed over a few at a time keep it busy between
// answers (1,000 essays: 10.3-11.0 s one at a time, 7.3-7.8 s sixteen at a time; the same index).
const IN_FLIGHT = 16;

/** Indexes every page of the build under `htmlRoot` into `outputDir`; returns how many pages were indexed. */
export async function buildSearchIndex(htmlRoot: string, outputDir: string): Promise<number> {
  // A footnote's back-link (remark-rehype's markup, so it carries no data-pagefind-ignore) is an
  // arrow, not the essay's words: results quoted "↩" after every note.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en", excludeSelectors: ["[data-footnote-backref]"] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  let pages = 0;
  // Pagefind numbers pages in the order they arrive, and the index holds the numbers: in the
  // directory's order, an edit that rewrote some files could reorder them and change the index.
  const files = builtPages(htmlRoot).sort();
  for (let start = 0; start < files.length; start += IN_FLIGHT) {
    await Promise.all(
      files.slice(start, start + IN_FLIGHT).map(async (file) => {
        const content = readFileSync(file, "utf8");
        if (!content.includes("data-pagefind-body")) return;
        const added = await index.addHTMLFile({ url: urlFor(htmlRoot, file), content: withoutScriptsAndStyles(content) });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join("; ")}`);
        pages++;
      }),
    );
  }
  rmSync(outputDir, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: outputDir });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputDir}: ${written.errors.join("; ")}`);
  await pagefind.close();
  return pages;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { html: { type: "string", default: ".next/server/app" }, out: { type: "string", default: "public/pagefind" } } });
  const outputPath = path.resolve(values.out!);
  const pages = await buildSearchIndex(path.resolve(values.html!), outputPath);
  console.log(`Search index: ${pages} page${pages === 1 ? "" : "s"} indexed into ${path.relative(process.cwd(), outputPath)}/`);
}
