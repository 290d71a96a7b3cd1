import { type Article, type Site, authorsOf } from "@/lib/content";

/** Describes an article's share image for people who cannot see it. */
export function articleShareImageAlt(site: Site, article: Article): string {
  const names = authorsOf(site, article).map((author) => author.name);
  return `“${article.title}” by ${names.join(" and ")}, ${site.collective.name}`;
}

/** Describes the site's share image (app/opengraph-image.tsx draws the collective's name over its description). */
export function siteShareImageAlt(collective: Pick<Site["collective"], "name" | "description">): string {
  return `${collective.name}: ${collective.description}`;
}
