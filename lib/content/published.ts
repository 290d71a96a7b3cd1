import type { Article, Site } from "./types";

/**
 * Articles that may leave the building: feeds, the sitemap and search never
 * carry drafts, even in a development server that shows them on pages.
 */
export function publishedArticles(site: Site): Article[] {
  return site.articles.filter((article) => !article.draft);
}

/** The date a list of articles last changed: the newest published or updated date. */
export function lastModified(articles: readonly Article[]): string | undefined {
  let newest: string | undefined;
  for (const article of articles) {
    const date = article.updated ?? article.published;
    if (!newest || date > newest) newest = date;
  }
  return newest;
}
