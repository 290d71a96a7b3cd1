import { type Article, type Site, authorsOf } from "@/lib/content";

/** Describes an article's share image for people who cannot see it. */
export function articleShareImageAlt(site: Site, article: Article): string {
  const names = authorsOf(site, article).map((author) => author.name);
  return `“${article.title}” by ${names.join(" and ")}, ${site.collective.name}`;
}
