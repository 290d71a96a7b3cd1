import type { Article, Author, Site, Topic } from "./types";

/** Lookups the pages need, over an already-loaded site. */

export function findArticle(site: Site, slug: string): Article | undefined {
  return site.articles.find((article) => article.slug === slug);
}

export function findAuthor(site: Site, slug: string): Author | undefined {
  return site.authors.find((author) => author.slug === slug);
}

export function findTopic(site: Site, slug: string): Topic | undefined {
  return site.topics.find((topic) => topic.slug === slug);
}

export function articlesByAuthor(site: Site, authorSlug: string): Article[] {
  return site.articles.filter((article) => article.authors.includes(authorSlug));
}

export function articlesInTopic(site: Site, topicSlug: string): Article[] {
  return site.articles.filter((article) => article.topics.includes(topicSlug));
}

export function authorsOf(site: Site, article: Article): Author[] {
  return article.authors.map((slug) => findAuthor(site, slug)).filter((author): author is Author => author !== undefined);
}

export function topicsOf(site: Site, article: Article): Topic[] {
  return article.topics.map((slug) => findTopic(site, slug)).filter((topic): topic is Topic => topic !== undefined);
}
