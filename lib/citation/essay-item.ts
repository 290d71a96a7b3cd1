import { parse as parseName } from "@citation-js/name";
import { type Article, type Site, authorsOf } from "@/lib/content";
import { articlePath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";

/** A CSL-JSON item: the one description of an essay that every citation and download is made from. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: Record<string, string>[];
  issued: { "date-parts": [[number, number, number]] };
  "container-title": string;
  URL: string;
  language: string;
  abstract: string;
}

/**
 * The essay as reference managers and citation styles see it: a post on the
 * collective's site ("post-weblog", Zotero's blog post), by its authors, on the
 * day it was published, at its own address on this site. `originalUrl` is where
 * it first appeared, not what readers of this site cite.
 *
 * The collective is named once, as the publication (`container-title`):
 * with a `publisher` equal to it, Chicago would print the name twice. The
 * title is the sentence-case one when the editor gave it, because APA prints
 * titles as stored and Chicago and MLA raise them to title case themselves.
 * No access date: APA 7 leaves it out for dated pages, and a date of the
 * build would change every citation on every build.
 */
export function essayCslItem(site: Site, article: Article): CslItem {
  const [year, month, day] = article.published.split("-").map(Number);
  return {
    id: article.slug,
    type: "post-weblog",
    title: article.sentenceCaseTitle ?? article.title,
    author: authorsOf(site, article).map((author) => parseName(author.name)),
    issued: { "date-parts": [[year, month, day]] },
    "container-title": site.collective.name,
    URL: absoluteUrl(articlePath(article.slug)),
    language: "en",
    abstract: article.summary,
  };
}
