import type { Article, Author, FileProblems, Site, Topic } from "./types";

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

/** While editing: the problems of the file that becomes the page at `pagePath`. */
export function problemsAt(site: Site, pagePath: string): FileProblems | undefined {
  return site.problems?.find((file) => file.pagePath === pagePath);
}

/** One "More on <topic>" list: other essays of a topic the essay belongs to. */
export interface MoreOnTopic {
  topic: Topic;
  articles: Article[];
}

/**
 * For each of the essay's topics, in its own order, up to `limit` other essays
 * of that topic, newest first. An essay already listed under an earlier topic
 * is not listed again, and a topic with nothing left to list is left out.
 */
export function moreOnTopics(site: Site, article: Article, limit = 3): MoreOnTopic[] {
  const listed = new Set([article.slug]);
  const lists: MoreOnTopic[] = [];
  for (const topic of topicsOf(site, article)) {
    // site.articles is newest first already, in the order every list uses.
    const articles = articlesInTopic(site, topic.slug)
      .filter((other) => !listed.has(other.slug))
      .slice(0, limit);
    articles.forEach((other) => listed.add(other.slug));
    if (articles.length > 0) lists.push({ topic, articles });
  }
  return lists;
}

/** The essays published just before (`previous`) and just after (`next`) this one. */
export function adjacentArticles(site: Site, article: Article): { previous?: Article; next?: Article } {
  const index = site.articles.findIndex((other) => other.slug === article.slug);
  if (index === -1) return {};
  return { previous: site.articles[index + 1], next: index > 0 ? site.articles[index - 1] : undefined };
}
