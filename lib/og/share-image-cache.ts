import { readdirSync } from "node:fs";
import path from "node:path";
import { buildCacheDir, buildCacheKey, hasBuildCache, readBuildCache, writeBuildCache } from "../build-cache";

/**
 * Share images take most of the time of a build that prerenders one per essay,
 * and an image depends only on its card's text and on the code and fonts that
 * draw it. So each PNG is kept on disk under a hash of all of those: a build
 * after editing one essay draws one image, and a change to the card's code or
 * its fonts changes every key, so no stale image survives it.
 */
// Next's package file stands for the renderer (next/og's Satori and resvg) it ships.
const CARD_SOURCES = ["components/ShareCard.tsx", "lib/og/share-image.ts", "lib/og/share-image-cache.ts", "node_modules/next/package.json"];
const FONT_DIR = path.join("assets", "fonts");
const CACHE_NAME = "reframe-share-images";

let cardSources: string[] | null | undefined;

/** The cache key of one card, or undefined when caching is off or impossible. */
export function shareImageKey(card: unknown): string | undefined {
  if (cardSources === undefined) {
    try {
      const fonts = readdirSync(path.join(/* turbopackIgnore: true */ process.cwd(), FONT_DIR)).sort();
      cardSources = [...CARD_SOURCES, ...fonts.map((name) => path.join(FONT_DIR, name))];
    } catch {
      cardSources = null;
    }
  }
  return cardSources ? buildCacheKey(cardSources, JSON.stringify(card)) : undefined;
}

export function readCachedShareImage(key: string | undefined): Buffer | undefined {
  return readBuildCache(buildCacheDir(CACHE_NAME), key && `${key}.png`);
}

/** Whether a build has drawn this card with this code already, without reading the image. */
export function isShareCardDrawn(card: unknown): boolean {
  const key = shareImageKey(card);
  return hasBuildCache(buildCacheDir(CACHE_NAME), key && `${key}.png`);
}

export function writeCachedShareImage(key: string | undefined, png: Buffer): void {
  writeBuildCache(buildCacheDir(CACHE_NAME), key && `${key}.png`, png);
}
