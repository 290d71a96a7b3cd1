import type { ContentFile } from "./layout";
import type { LinkedPage, LinkSource } from "./link-check";
import type { AnyLoadedFile, ContentKind, LoadedFile } from "./load-source";
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
      problems.push({ file: file.displayPath, line: 1, column: 1, field: "file name", message: `expected a name in lowercase words joined by hyphens, like ${suggestion || "my-essay"}.mdx, found "${file.slug}"` });
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
  const parsed = article.entry?.parsed ?? article.unvalidated?.parsed;
  if (!parsed) return [];
  const slugs = article.entry ? article.entry.frontmatter[key] : unvalidatedSlugs(article, key);
  const kind = key === "authors" ? "author" : "topic";
  const knownSet = new Set(known);
  return slugs.flatMap((slug, index) =>
    knownSet.has(slug)
      ? []
      : [
          {
            file: article.file.displayPath,
            ...parsed.locate([key, index]),
            field: `${key}[${index}]`,
            message: `expected ${kind === "author" ? "an" : "a"} ${kind} that has a file in content/${key}/${didYouMean(slug, known)}, found "${slug}"`,
          },
        ],
  );
}

/**
 * The slugs of a file whose frontmatter did not validate, when its list is still a list of slugs;
 * none when the schema refused the list itself (a name instead of a slug, not a list), which the
 * schema's own problem already says.
 */
function unvalidatedSlugs(article: LoadedFile<"article">, key: "authors" | "topics"): string[] {
  const data = article.unvalidated?.parsed.data;
  const value = data && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(value) || !value.every((slug): slug is string => typeof slug === "string" && SLUG_PATTERN.test(slug))) return [];
  const refused = article.problems.some(({ field }) => field === key || field?.startsWith(`${key}[`));
  return refused ? [] : value;
}

/** What the link check reads of a file: its links, from a valid file or one whose frontmatter did not validate. */
export function linkSourceOf(file: AnyLoadedFile): LinkSource | undefined {
  const links = file.entry?.links ?? file.unvalidated?.links;
  const parsed = file.entry?.parsed ?? file.unvalidated?.parsed;
  if (!links || !parsed) return undefined;
  return { file: file.file.displayPath, pagePath: contentPagePath(file.kind, file.file.slug), draft: isDraft(file), links, lineOffset: parsed.bodyLineOffset };
}

/** A draft's links may point at other drafts; one whose frontmatter did not validate is a draft when it says so. */
export function isDraft(file: AnyLoadedFile): boolean {
  if (file.kind !== "article") return false;
  if (file.entry) return file.entry.frontmatter.draft ?? false;
  const data = file.unvalidated?.parsed.data;
  return Boolean(data && typeof data === "object" && (data as Record<string, unknown>).draft === true);
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
