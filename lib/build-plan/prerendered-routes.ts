import { createHash } from "node:crypto";
import { essayCslItem } from "@/lib/citation/essay-item";
import {
  type Article,
  type Author,
  type Site,
  type Topic,
  adjacentArticles,
  articlesByAuthor,
  articlesInTopic,
  authorsOf,
  findArticle,
  findAuthor,
  findTopic,
  moreOnTopics,
  publishedArticles,
  topicsOf,
} from "@/lib/content";
import { articleShareCard } from "@/lib/og/share-cards";
import { type Page, pageOf, pageParams, pageRoutePath } from "@/lib/pagination";
import { actionSheetPath, articlePath, authorPath, citationFilePath, FEEDS, homePath, topicPath } from "@/lib/routes";

/**
 * Every route the build prerenders once per essay, author, topic or page of a
 * list: which outputs it has (its `generateStaticParams`), where each one is
 * served, and what each one is made from. The routes' pages are rendered from
 * the whole site, and a page's input here names what it shows of it: the
 * essay's own file, and of the others only what the page shows (a related
 * essay's title and date, an author's name), so an edit rebuilds the pages that
 * show what changed and no others. With the same code (the build ID), equal
 * inputs give equal outputs: the build plan (./plan.ts) keeps those from the
 * previous build. The routes without params (home, feeds, sitemap, search,
 * the collective's page...) are rendered by every build; they are few.
 *
 * tests/unit/build-plan.test.ts renders every output through its route after
 * random edits and checks that an output whose input stayed the same did not
 * change, so a page that starts to show something its input leaves out fails there.
 */

export type RouteParams = Record<string, string>;

export interface PrerenderedRoute {
  /** Every set of params the build prerenders, in the route's order. */
  params(site: Site): RouteParams[];
  /** Where the output for these params is served. */
  path(params: RouteParams): string;
  /** What that output is made from, as plain data: the same data, the same output. */
  input(site: Site, params: RouteParams): unknown;
}

/** A whole content record: every field of its file, body included, as a hash. */
const fingerprints = new WeakMap<object, string>();
function whole(record: Article | Author | Topic | Site["collective"]): string {
  let fingerprint = fingerprints.get(record);
  if (!fingerprint) {
    fingerprint = createHash("sha256").update(JSON.stringify(record)).digest("base64url");
    fingerprints.set(record, fingerprint);
  }
  return fingerprint;
}

// What other pages show of a record: bylines, tags and links name it; lists add the summary and date.
const authorName = (author: Author) => ({ slug: author.slug, name: author.name });
const topicName = (topic: Topic) => ({ slug: topic.slug, name: topic.name });
const essayLink = (article: Article) => ({ slug: article.slug, title: article.title, published: article.published });
const listedEssay = (site: Site) => (article: Article) => ({
  ...essayLink(article),
  summary: article.summary,
  readingMinutes: article.readingMinutes,
  authors: authorsOf(site, article).map(authorName),
});

/** What every page shows of the collective: the layout names it (header, footer, exit link, titles). */
const layout = (site: Site) => whole(site.collective);

const listPage = (site: Site, page: Page<Article>) => ({ number: page.number, count: page.count, essays: page.items.map(listedEssay(site)) });

/**
 * A feed holds its newest essays whole, with their authors' and topics' names. Its input
 * is every essay it could hold: a feed is one file, cheap to write again.
 */
const feedEssays = (site: Site, articles: Article[]) =>
  articles.map((article) => ({ essay: whole(article), authors: authorsOf(site, article).map(authorName), topics: topicsOf(site, article).map(topicName) }));

const essay = (site: Site, params: RouteParams) => findArticle(site, params.slug)!;
const author = (site: Site, params: RouteParams) => findAuthor(site, params.slug)!;
const topic = (site: Site, params: RouteParams) => findTopic(site, params.slug)!;
const bySlug = (records: { slug: string }[]) => records.map(({ slug }) => ({ slug }));

const citationFile = (extension: string): PrerenderedRoute => ({
  params: (site) => bySlug(publishedArticles(site)),
  path: ({ slug }) => citationFilePath(slug, extension),
  // The file is written from the essay's CSL item alone.
  input: (site, params) => essayCslItem(site, essay(site, params)),
});

export const PRERENDERED_ROUTES = {
  "/articles/[slug]": {
    params: (site) => bySlug(site.articles),
    path: ({ slug }) => articlePath(slug),
    input: (site, params) => {
      const article = essay(site, params);
      const { previous, next } = adjacentArticles(site, article);
      return {
        layout: layout(site),
        essay: whole(article),
        authors: authorsOf(site, article).map(authorName),
        topics: topicsOf(site, article).map(topicName),
        moreOnTopics: moreOnTopics(site, article).map((list) => ({ topic: topicName(list.topic), essays: list.articles.map(essayLink) })),
        previous: previous && essayLink(previous),
        next: next && essayLink(next),
      };
    },
  },
  "/articles/[slug]/actions": {
    params: (site) => bySlug(site.articles.filter((article) => article.actionSteps.length > 0)),
    path: ({ slug }) => actionSheetPath(slug),
    input: (site, params) => {
      const article = essay(site, params);
      return { layout: layout(site), essay: whole(article), authors: authorsOf(site, article).map(authorName) };
    },
  },
  "/articles/[slug]/cite.bib": citationFile("bib"),
  "/articles/[slug]/cite.json": citationFile("json"),
  "/articles/[slug]/cite.ris": citationFile("ris"),
  "/articles/[slug]/opengraph-image": {
    params: (site) => bySlug(publishedArticles(site)),
    path: ({ slug }) => `${articlePath(slug)}/opengraph-image`,
    // The image is drawn from its card's words alone.
    input: (site, params) => articleShareCard(site, essay(site, params)),
  },
  "/authors/[slug]": {
    params: (site) => bySlug(site.authors),
    path: ({ slug }) => authorPath(slug),
    input: (site, params) => ({ layout: layout(site), author: whole(author(site, params)), page: listPage(site, pageOf(articlesByAuthor(site, params.slug), 1)!) }),
  },
  "/authors/[slug]/page/[number]": {
    params: (site) => site.authors.flatMap((each) => pageParams(articlesByAuthor(site, each.slug).length).map((page) => ({ slug: each.slug, ...page }))),
    path: ({ slug, number }) => pageRoutePath(authorPath(slug), Number(number)),
    input: (site, params) => ({ layout: layout(site), author: whole(author(site, params)), page: listPage(site, pageOf(articlesByAuthor(site, params.slug), Number(params.number))!) }),
  },
  "/authors/[slug]/feed.xml": {
    params: (site) => bySlug(site.authors),
    path: ({ slug }) => `${authorPath(slug)}${FEEDS.rss.path}`,
    input: (site, params) => ({ layout: layout(site), author: whole(author(site, params)), essays: feedEssays(site, articlesByAuthor(site, params.slug)) }),
  },
  "/topics/[slug]": {
    params: (site) => bySlug(site.topics),
    path: ({ slug }) => topicPath(slug),
    input: (site, params) => ({ layout: layout(site), topic: whole(topic(site, params)), page: listPage(site, pageOf(articlesInTopic(site, params.slug), 1)!) }),
  },
  "/topics/[slug]/page/[number]": {
    params: (site) => site.topics.flatMap((each) => pageParams(articlesInTopic(site, each.slug).length).map((page) => ({ slug: each.slug, ...page }))),
    path: ({ slug, number }) => pageRoutePath(topicPath(slug), Number(number)),
    input: (site, params) => ({ layout: layout(site), topic: whole(topic(site, params)), page: listPage(site, pageOf(articlesInTopic(site, params.slug), Number(params.number))!) }),
  },
  "/topics/[slug]/feed.xml": {
    params: (site) => bySlug(site.topics),
    path: ({ slug }) => `${topicPath(slug)}${FEEDS.rss.path}`,
    input: (site, params) => ({ layout: layout(site), topic: whole(topic(site, params)), essays: feedEssays(site, articlesInTopic(site, params.slug)) }),
  },
  "/page/[number]": {
    params: (site) => pageParams(site.articles.length),
    path: ({ number }) => pageRoutePath(homePath(), Number(number)),
    input: (site, params) => ({ layout: layout(site), page: listPage(site, pageOf(site.articles, Number(params.number))!) }),
  },
} satisfies Record<string, PrerenderedRoute>;

export type PrerenderedRouteName = keyof typeof PRERENDERED_ROUTES;

/** One output of the build: where it is served, which route makes it, and the hash of what it is made from. */
export interface PlannedOutput {
  path: string;
  route: string;
  params: RouteParams;
  key: string;
}

/** Every output of every prerendered route, with its key. */
export function prerenderedOutputs(site: Site): PlannedOutput[] {
  return Object.entries(PRERENDERED_ROUTES).flatMap(([route, definition]: [string, PrerenderedRoute]) =>
    definition.params(site).map((params) => {
      const path = definition.path(params);
      const key = createHash("sha256").update(JSON.stringify({ route, path, input: definition.input(site, params) })).digest("base64url");
      return { path, route, params, key };
    }),
  );
}
