import type { Metadata } from "next";
import type { Site } from "@/lib/content";
import { siteShareImageAlt } from "@/lib/og/article-share-image-alt";
import { SHARE_IMAGE_SIZE, SITE_SHARE_IMAGE_PATH } from "@/lib/og/share-image";
import { FEEDS } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";


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
export function pageMetadata(collective: Pick<Site["collective"], "name" | "description">, page: PageDescription): Metadata {
  const siteName = collective.name;
  // The site-wide share image (app/opengraph-image.tsx), described as it reads; articles have their own.
  const siteImage = { url: SITE_SHARE_IMAGE_PATH, ...SHARE_IMAGE_SIZE, alt: siteShareImageAlt(collective), type: "image/png" };
  // Open Graph's url is the object's canonical address: a card shared from /page/1 names the
  // home page, as its canonical link does, so the two never disagree.
  const url = page.canonical ?? absoluteUrl(page.path);
  const image = page.image ? { ...siteImage, ...page.image } : siteImage;
  const siteFeeds = Object.values(FEEDS).map((feed) => ({ type: feed.type, url: absoluteUrl(feed.path), title: siteName }));
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const feed of siteFeeds) (types[feed.type] ??= []).push({ url: feed.url, title: feed.title });
  for (const [type, extra] of Object.entries(page.feeds ?? {})) (types[type] ??= []).push(...extra);
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: url, types },
    openGraph: {
      title: page.title,
      description: page.description,
      url,
      siteName,
      locale: "en_US",
      type: "website",
      images: [image],
      ...page.openGraph,
    },
    twitter: { card: "summary_large_image", title: page.title, description: page.description, images: [image] },
  };
}
