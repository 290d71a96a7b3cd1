import type { MetadataRoute } from "next";
import { type Article, type Site, articlesByAuthor, articlesInTopic, lastModified, publishedArticles } from "@/lib/content";
import { actionSheetPath, articlePath, authorPath, collectivePath, homePath, leavingQuicklyPath, topicPath, topicsPath } from "@/lib/routes";
import { pageCount, pageOf, pagePath } from "@/lib/pagination";
import { absoluteUrl } from "@/lib/site-url";

/**
 * Every public page with the date its content last changed; drafts never appear. The page on
 * leaving quickly is written in the site's code, not its content, so no content date is its
 * own and it has none: a reader looking for how to browse safely should find it in search.
 */
export function buildSitemap(site: Site): MetadataRoute.Sitemap {
  const published = publishedArticles(site);
  const publishedSite = { ...site, articles: published };
  const entry = (path: string, date: string | undefined) => ({ url: absoluteUrl(path), ...(date ? { lastModified: date } : {}) });
  return [
    entry(homePath(), lastModified(published)),
    entry(collectivePath(), lastModified(published)),
    entry(topicsPath(), lastModified(published)),
    entry(leavingQuicklyPath(), undefined),
    ...published.map((article) => entry(articlePath(article.slug), article.updated ?? article.published)),
    ...published
      .filter((article) => article.actionSteps.length > 0)
      .map((article) => entry(actionSheetPath(article.slug), article.updated ?? article.published)),
    ...site.authors.map((author) => entry(authorPath(author.slug), lastModified(articlesByAuthor(publishedSite, author.slug)))),
    ...site.topics.map((topic) => entry(topicPath(topic.slug), lastModified(articlesInTopic(publishedSite, topic.slug)))),
    ...laterPages(homePath(), published, entry),
    ...site.authors.flatMap((author) => laterPages(authorPath(author.slug), articlesByAuthor(publishedSite, author.slug), entry)),
    ...site.topics.flatMap((topic) => laterPages(topicPath(topic.slug), articlesInTopic(publishedSite, topic.slug), entry)),
  ];
}

/** Pages 2 and on of a list, each dated by the newest essay on it. */
function laterPages<T>(basePath: string, articles: Article[], entry: (path: string, date: string | undefined) => T): T[] {
  return Array.from({ length: pageCount(articles.length) - 1 }, (_, index) => {
    const page = pageOf(articles, index + 2)!;
    return entry(pagePath(basePath, page.number), lastModified(page.items));
  });
}
