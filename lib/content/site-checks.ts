import type { ContentFile } from "./layout";
import type { LinkedPage } from "./link-check";
import type { ContentKind, LoadedFile } from "./load-source";
import { articlePath, authorPath, collectivePath, FEEDS, homePath, topicPath, topicsPath } from "../routes";
import { type ContentProblem, didYouMean } from "./problems";
import { SLUG_PATTERN } from "./repository-layout";

/**
 * The checks that look across files: unique slugs, authors and topics that
 * exist, and the map of every page the site will have, for the link check.
 * Plain data in, problems out, with no file system: the build runs them over
 * every file, and the browser's editor over the essay being written against
 * the site's pages (lib/cms/).
 */

export function checkSlugs(files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, ContentFile>();
  for (const file of files) {
    if (!SLUG_PATTERN.test(file.slug)) {
      const suggestion = file.slug.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
      problems.push({ file: file.displayPath, line: 1, column: 1, field: "file name", message: `expected a lowercase kebab-case slug like ${suggestion || "my-essay"}.mdx, found "${file.slug}"` });
    }
    const other = seen.get(file.slug);
    if (other) {
      problems.push({ file: file.displayPath, line: 1, column: 1, field: "file name", message: `expected a unique slug, found "${file.slug}" also used by ${other.displayPath}` });
    } else {
      seen.set(file.slug, file);
    }
  }
  return problems;
}

export function checkReferences(article: LoadedFile<"article">, key: "authors" | "topics", known: readonly string[]): ContentProblem[] {
  const entry = article.entry;
  if (!entry) return [];
  const kind = key === "authors" ? "author" : "topic";
  const knownSet = new Set(known);
  return entry.frontmatter[key].flatMap((slug, index) =>
    knownSet.has(slug)
      ? []
      : [
          {
            file: article.file.displayPath,
            ...entry.parsed.locate([key, index]),
            field: `${key}[${index}]`,
            message: `expected ${kind === "author" ? "an" : "a"} ${kind} that has a file in content/${key}/${didYouMean(slug, known)}, found "${slug}"`,
          },
        ],
  );
}

/** The page a content file becomes. */
export function contentPagePath(kind: ContentKind, slug: string): string {
  switch (kind) {
    case "article":
      return articlePath(slug);
    case "author":
      return authorPath(slug);
    case "topic":
      return topicPath(slug);
    default:
      return collectivePath();
  }
}

/** One content file's page, as the link check sees it. */
export interface ContentPage {
  kind: ContentKind;
  slug: string;
  page: LinkedPage;
}

/** A page whose file failed to load still exists for links; its anchors are not checked. */
export const UNCHECKED_PAGE: LinkedPage = { ids: "unchecked", draft: false };

/**
 * Every page of the site by address: each content file's, the lists and feeds
 * every site has, and the feed of each author and topic.
 */
export function sitePageMap(files: readonly ContentPage[]): Map<string, LinkedPage> {
  const pages = new Map<string, LinkedPage>();
  const listPage = (): LinkedPage => ({ ids: new Set(["main"]), draft: false });
  for (const listPath of [homePath(), topicsPath(), FEEDS.rss.path, FEEDS.atom.path, FEEDS.json.path, "/sitemap.xml"]) pages.set(listPath, listPage());
  for (const { kind, slug, page } of files) {
    const pagePath = contentPagePath(kind, slug);
    pages.set(pagePath, page);
    if (kind === "author" || kind === "topic") pages.set(`${pagePath}${FEEDS.rss.path}`, listPage());
  }
  return pages;
}
