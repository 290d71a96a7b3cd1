import { readdirSync } from "node:fs";
import path from "node:path";
import { idsIn } from "../content/link-check";
import { type ContentPage, sitePageMap, UNCHECKED_PAGE } from "../content/site-checks";
import type { Site } from "../content/types";
import type { SiteIndex } from "./site-index-data";

/**
 * What the browser's editor needs to know about the rest of the site to check
 * an essay as `npm run check` would: every page and the ids on it (for links
 * and `#anchors`), every file in public/ (for images and downloads), and the
 * authors and topics by slug. Served as /admin/site.json, made at build time
 * (and on every request while editing, so it follows the content folder).
 *
 * A production build holds no drafts, so the hosted editor does not know
 * them; a link to a draft is reported as a link to no page.
 */
export function siteIndex(site: Site, publicFiles: string[]): SiteIndex {
  const files: ContentPage[] = [
    ...site.articles.map((article): ContentPage => ({ kind: "article", slug: article.slug, page: { ids: idsIn(article.body), draft: article.draft } })),
    ...site.authors.map((author): ContentPage => ({ kind: "author", slug: author.slug, page: { ids: idsIn(author.bio), draft: false } })),
    ...site.topics.map((topic): ContentPage => ({ kind: "topic", slug: topic.slug, page: { ids: idsIn(topic.body), draft: false } })),
    { kind: "collective", slug: "", page: { ids: idsIn(site.collective.body), draft: false } },
    // While editing, a file with problems still has its page; its anchors are unknown.
    ...(site.problems ?? []).flatMap((file): ContentPage[] => (!file.shown && file.kind && file.kind !== "collective" && file.slug ? [{ kind: file.kind, slug: file.slug, page: UNCHECKED_PAGE }] : [])),
  ];
  const pages: SiteIndex["pages"] = {};
  for (const [pagePath, page] of sitePageMap(files)) pages[pagePath] = { ids: page.ids === "unchecked" ? "unchecked" : [...page.ids].sort(), draft: page.draft };
  return {
    pages,
    publicFiles,
    articles: site.articles.map((article) => article.slug),
    authors: site.authors.map((author) => ({ slug: author.slug, name: author.name })),
    topics: site.topics.map((topic) => ({ slug: topic.slug, name: topic.name })),
  };
}

/** Folders of public/ that the build writes, not content: the editor itself and the search index. */
const GENERATED_FOLDERS = new Set(["admin", "pagefind"]);

/** Every file under public/, as addressed from the site's root; real files only, as the check reads them. */
export function listPublicFiles(publicDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, address: string) => {
    let entries;
    try {
      entries = readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(/* turbopackIgnore: true */ dir, entry.name);
      if (entry.isDirectory() && !(address === "" && GENERATED_FOLDERS.has(entry.name))) walk(full, `${address}/${entry.name}`);
      else if (entry.isFile()) files.push(`${address}/${entry.name}`);
    }
  };
  walk(publicDir, "");
  return files.sort();
}
