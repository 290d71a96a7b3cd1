import { type Article, type Site, authorsOf } from "@/lib/content";
import { articlePath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";

/**
 * The tags Google Scholar and Zotero's browser connector read (Highwire
 * Press names), so a reference manager saves the essay in one click. They go
 * into Next's metadata as `other`; a list becomes one tag per author.
 */
export function scholarMetadata(site: Site, article: Article): Record<string, string | string[]> {
  return {
    citation_title: article.title,
    citation_author: authorsOf(site, article).map((author) => author.name),
    citation_publication_date: article.published.replaceAll("-", "/"),
    citation_public_url: absoluteUrl(articlePath(article.slug)),
    citation_publisher: site.collective.name,
    citation_language: "en",
  };
}
