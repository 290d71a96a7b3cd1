/** The site's addresses, in one place, so links, sitemap, feeds and structured data agree. */
export const homePath = () => "/";
export const articlePath = (slug: string) => `/articles/${slug}`;
export const actionSheetPath = (slug: string) => `/articles/${slug}/actions`;
/** The essay's citation as a file for reference managers: cite.bib, cite.ris or cite.json. */
export const citationFilePath = (slug: string, extension: string) => `/articles/${slug}/cite.${extension}`;
export const authorPath = (slug: string) => `/authors/${slug}`;
export const topicPath = (slug: string) => `/topics/${slug}`;
export const topicsPath = () => "/topics";
export const collectivePath = () => "/collective";
export const searchPath = () => "/search";
export const leavingQuicklyPath = () => "/leaving-quickly";

export const FEEDS = {
  rss: { path: "/feed.xml", type: "application/rss+xml" },
  atom: { path: "/atom.xml", type: "application/atom+xml" },
  json: { path: "/feed.json", type: "application/feed+json" },
} as const;
