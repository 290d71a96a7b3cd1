/** /admin/site.json: the rest of the site, as the browser's editor checks an essay against it (site-index.ts makes it). */
export interface SiteIndex {
  /** Every page by address, with the ids on it; "unchecked" for a page whose file has problems. */
  pages: Record<string, { ids: string[] | "unchecked"; draft: boolean }>;
  /** Every file in public/, as addressed from the site's root, like /images/photo.jpg. */
  publicFiles: string[];
  articles: string[];
  authors: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
}
