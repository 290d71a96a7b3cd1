import { type Article, type Site, authorsOf } from "@/lib/content";

/** The words on a share image; the image is drawn, and cached, from these alone. */
export interface ShareCardText {
  title: string;
  byline?: string;
  siteName: string;
}

export function articleShareCard(site: Site, article: Article): ShareCardText {
  const names = authorsOf(site, article).map((author) => author.name);
  return { title: article.title, byline: `by ${names.join(" and ")}`, siteName: site.collective.name };
}

/** The card of every page that has none of its own: the collective's line. */
export function siteShareCard(site: Site): ShareCardText {
  return { title: site.collective.description, siteName: site.collective.name };
}
