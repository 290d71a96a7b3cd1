/**
 * The site's public address, the one setting every absolute URL is built from
 * (canonical links, OpenGraph, sitemap, feeds, structured data). Set SITE_URL
 * when building for a real host; the default suits `npm start` on this machine.
 */
export const DEFAULT_SITE_URL = "http://localhost:3000";

export function siteOrigin(): string {
  const configured = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) address like https://example.org, found "${configured}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`SITE_URL must start with https:// or http://, found "${configured}"`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path.startsWith("/") ? path : `/${path}`}`;
}
