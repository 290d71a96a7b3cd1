import type { MetadataRoute } from "next";
import { type Site, articlesByAuthor, articlesInTopic, lastModified, publishedArticles } from "@/lib/content";
import { actionSheetPath, articlePath, authorPath, collectivePath, homePath, topicPath, topicsPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";

/** Every public page with the date its content last changed; drafts never appear. */
export function buildSitemap(site: Site): MetadataRoute.Sitemap {
  const published = publishedArticles(site);
  const publishedSite = { ...site, articles: published };
  const entry = (path: string, date: string | undefined) => ({ url: absoluteUrl(path), ...(date ? { lastModified: date } : {}) });
  return [
    entry(homePath(), lastModified(published)),
    entry(collectivePath(), lastModified(published)),
    entry(topicsPath(), lastModified(published)),
    ...published.map((article) => entry(articlePath(article.slug), article.updated ?? article.published)),
    ...published
      .filter((article) => article.actionSteps.length > 0)
      .map((article) => entry(actionSheetPath(article.slug), article.updated ?? article.published)),
    ...site.authors.map((author) => entry(authorPath(author.slug), lastModified(articlesByAuthor(publishedSite, author.slug)))),
    ...site.topics.map((topic) => entry(topicPath(topic.slug), lastModified(articlesInTopic(publishedSite, topic.slug)))),
  ];
}
