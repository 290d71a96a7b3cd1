/**
 * Where content lives inside the repository, as paths from its root, and what
 * its file names may be. layout.ts resolves these on disk; the browser's
 * editor (lib/cms/) commits to them. Plain values, no file system, so both
 * can use them.
 */
export const REPOSITORY_LAYOUT = {
  articles: "content/articles",
  authors: "content/authors",
  topics: "content/topics",
  collective: "content/collective.mdx",
  publicDir: "public",
} as const;

/**
 * What a slug is: the name of a content file without its extension, and so
 * the last part of its page's address. Lowercase words and digits joined by
 * single hyphens, like kate-dadamo; frontmatter that names an author or a
 * topic uses the same form.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An essay's images, as addressed from the site's root (their files are under public/). */
export function articleImagesPath(slug: string): string {
  return `/images/articles/${slug}`;
}
