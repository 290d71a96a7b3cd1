import { Feed } from "feed";
import { toHtml } from "hast-util-to-html";
import { type Article, type Site, authorsOf, topicsOf } from "@/lib/content";
import { articlePath, authorPath, FEEDS, homePath } from "@/lib/routes";
import { absolutizeTree } from "@/lib/seo/absolute-tree";
import { absoluteUrl, siteOrigin } from "@/lib/site-url";

/** Feeds carry the newest essays only, so they stay small as the archive grows. */
export const FEED_LIMIT = 50;

/** The date of a feed that holds no essay: the start of Unix time, which no essay has. */
const EMPTY_FEED_DATE = new Date(0);

export interface FeedScope {
  title: string;
  description: string;
  /** The page the feed belongs to, e.g. "/" or "/authors/kate-dadamo". */
  pagePath: string;
  /** The folder its feed files live under: "" for the site, or a page path. */
  feedBase: string;
  articles: Article[];
}

/** The full text of an essay as HTML whose links and footnotes work in a feed reader. */
export function articleFeedHtml(article: Article): string {
  return toHtml(absolutizeTree(article.body, absoluteUrl(articlePath(article.slug)), siteOrigin()));
}

export function buildFeed(site: Site, scope: FeedScope): Feed {
  const articles = scope.articles.filter((article) => !article.draft).slice(0, FEED_LIMIT);
  const newest = articles[0];
  const feed = new Feed({
    title: scope.title,
    description: scope.description,
    id: absoluteUrl(scope.pagePath),
    link: absoluteUrl(scope.pagePath),
    language: "en",
    favicon: absoluteUrl("/icon.svg"),
    copyright: `© ${site.collective.name} and the authors`,
    // A feed with no essays yet (a new author's, a new topic's) has no date of its own. Left out,
    // the feed library writes the time of the build, and two builds of the same content would differ.
    updated: newest ? new Date(`${newest.updated ?? newest.published}T00:00:00Z`) : EMPTY_FEED_DATE,
    generator: site.collective.name,
    feedLinks: {
      rss: absoluteUrl(`${scope.feedBase}${FEEDS.rss.path}`),
      atom: absoluteUrl(`${scope.feedBase}${FEEDS.atom.path}`),
      json: absoluteUrl(`${scope.feedBase}${FEEDS.json.path}`),
    },
    author: { name: site.collective.name, link: absoluteUrl(homePath()) },
  });
  for (const article of articles) {
    const url = absoluteUrl(articlePath(article.slug));
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.summary,
      content: articleFeedHtml(article),
      date: new Date(`${article.updated ?? article.published}T00:00:00Z`),
      published: new Date(`${article.published}T00:00:00Z`),
      author: authorsOf(site, article).map((author) => ({ name: author.name, link: absoluteUrl(authorPath(author.slug)) })),
      category: topicsOf(site, article).map((topic) => ({ name: topic.name, term: topic.slug })),
    });
  }
  return feed;
}

export function siteFeedScope(site: Site): FeedScope {
  return {
    title: site.collective.name,
    description: site.collective.description,
    pagePath: homePath(),
    feedBase: "",
    articles: site.articles,
  };
}
