import type { Article, Author, FileProblems, Site, Topic } from "./types";

/** Lookups the pages need, over an already-loaded site. */

/**
 * The site's lists keyed for lookup, made once per loaded site. Every page asks
 * several of these questions, and a build renders every page: scanning the whole
 * archive for each made the build grow with the square of the essays' count.
 */
interface SiteIndex {
  articles: Map<string, { article: Article; position: number }>;
  authors: Map<string, Author>;
  topics: Map<string, Topic>;
  /** Newest first, as site.articles is. */
  byAuthor: Map<string, Article[]>;
  byTopic: Map<string, Article[]>;
}

// A loaded site is never changed; while editing, each reload makes a new one.
const indexes = new WeakMap<Site, SiteIndex>();

function indexOf(site: Site): SiteIndex {
  let index = indexes.get(site);
  if (index) return index;
  index = {
    articles: firstBySlug(site.articles.map((article, position) => ({ slug: article.slug, value: { article, position } }))),
    authors: firstBySlug(site.authors.map((author) => ({ slug: author.slug, value: author }))),
    topics: firstBySlug(site.topics.map((topic) => ({ slug: topic.slug, value: topic }))),
    byAuthor: new Map(),
    byTopic: new Map(),
  };
  for (const article of site.articles) {
    for (const slug of new Set(article.authors)) append(index.byAuthor, slug, article);
    for (const slug of new Set(article.topics)) append(index.byTopic, slug, article);
  }
  indexes.set(site, index);
  return index;
}

// While editing, two files may still claim one slug (a problem the banner names); the
// first in the site's order answers, as a scan of the list would find it.
function firstBySlug<Value>(entries: { slug: string; value: Value }[]): Map<string, Value> {
  const bySlug = new Map<string, Value>();
  for (const { slug, value } of entries) if (!bySlug.has(slug)) bySlug.set(slug, value);
  return bySlug;
}

function append(lists: Map<string, Article[]>, key: string, article: Article) {
  const list = lists.get(key);
  if (list) list.push(article);
  else lists.set(key, [article]);
}

export function findArticle(site: Site, slug: string): Article | undefined {
  return indexOf(site).articles.get(slug)?.article;
}

export function findAuthor(site: Site, slug: string): Author | undefined {
  return indexOf(site).authors.get(slug);
}

export function findTopic(site: Site, slug: string): Topic | undefined {
  return indexOf(site).topics.get(slug);
}

// Copies, so that a caller sorting or slicing its list cannot change another page's.
export function articlesByAuthor(site: Site, authorSlug: string): Article[] {
  return [...(indexOf(site).byAuthor.get(authorSlug) ?? [])];
}

export function articlesInTopic(site: Site, topicSlug: string): Article[] {
  return [...(indexOf(site).byTopic.get(topicSlug) ?? [])];
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
    const articles = (indexOf(site).byTopic.get(topic.slug) ?? [])
      .filter((other) => !listed.has(other.slug))
      .slice(0, limit);
    articles.forEach((other) => listed.add(other.slug));
    if (articles.length > 0) lists.push({ topic, articles });
  }
  return lists;
}

/** The essays published just before (`previous`) and just after (`next`) this one. */
export function adjacentArticles(site: Site, article: Article): { previous?: Article; next?: Article } {
  const position = indexOf(site).articles.get(article.slug)?.position;
  if (position === undefined) return {};
  return { previous: site.articles[position + 1], next: position > 0 ? site.articles[position - 1] : undefined };
}
