/**
 * The site's public address, the one setting every absolute URL is built from
 * (canonical links, OpenGraph, sitemap, feeds, structured data). Set SITE_URL
 * when building for a real host; the default suits `npm start` on this machine.
 * It is an origin: the site is served from the root of its own domain.
 */
export const DEFAULT_SITE_URL = "http://localhost:3000";

export function siteOrigin(value = process.env.SITE_URL): string {
  const configured = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) address like https://example.org, found "${configured}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`SITE_URL must start with https:// or http://, found "${configured}"`);
  }
  // Every link, script and search-index address in the pages starts at the root (/articles/…),
  // so a site under a sub-path (a GitHub Pages project site, https://owner.github.io/repo)
  // would link out of itself: such a site needs its own domain (docs/deploying.md).
  if (url.pathname.replace(/\/+$/, "") !== "" || url.search || url.hash) {
    throw new Error(`SITE_URL must be the site's own root address, like https://example.org, with no path: found "${configured}". A GitHub Pages project site needs a custom domain (docs/deploying.md).`);
  }
  return url.origin;
}

export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path.startsWith("/") ? path : `/${path}`}`;
}
