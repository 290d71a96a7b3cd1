import type { Metadata } from "next";
import { SHARE_IMAGE_SIZE, SITE_SHARE_IMAGE_ALT, SITE_SHARE_IMAGE_PATH } from "@/lib/og/share-image";
import { FEEDS } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";

/** The site-wide share image (app/opengraph-image.tsx); articles have their own. */
const SITE_SHARE_IMAGE = { url: SITE_SHARE_IMAGE_PATH, ...SHARE_IMAGE_SIZE, alt: SITE_SHARE_IMAGE_ALT, type: "image/png" };

export interface PageDescription {
  title: string;
  description: string;
  path: string;
  /** Where search engines should send readers, when it is not this page (a cross-post). */
  canonical?: string;
  openGraph?: NonNullable<Metadata["openGraph"]>;
  /** The page's own share image; other pages get the site's. */
  image?: { url: string; alt: string };
  /** Extra feeds for this page, e.g. an author's own feed. */
  feeds?: Record<string, { url: string; title: string }[]>;
}

/**
 * Next merges metadata one top-level key at a time, so a page that sets
 * `alternates` or `openGraph` replaces the layout's. Every page therefore gets
 * its complete set here: canonical, feeds, OpenGraph and Twitter.
 */
export function pageMetadata(siteName: string, page: PageDescription): Metadata {
  const url = absoluteUrl(page.path);
  const image = page.image ? { ...SITE_SHARE_IMAGE, ...page.image } : SITE_SHARE_IMAGE;
  const siteFeeds = Object.values(FEEDS).map((feed) => ({ type: feed.type, url: absoluteUrl(feed.path), title: siteName }));
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const feed of siteFeeds) (types[feed.type] ??= []).push({ url: feed.url, title: feed.title });
  for (const [type, extra] of Object.entries(page.feeds ?? {})) (types[type] ??= []).push(...extra);
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: page.canonical ?? url, types },
    openGraph: {
      title: page.title,
      description: page.description,
      url,
      siteName,
      locale: "en",
      type: "website",
      images: [image],
      ...page.openGraph,
    },
    twitter: { card: "summary_large_image", title: page.title, description: page.description, images: [image] },
  };
}
