import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Fonts for share images come from files in the repository (SIL Open Font
 * License, see assets/fonts/), so images build with no network.
 */
const FONT_DIR = path.join(process.cwd(), "assets", "fonts");

let loading: Promise<{ name: string; data: Buffer; weight: 400 | 600 | 700; style: "normal" }[]> | undefined;

export function shareImageFonts() {
  loading ??= Promise.all([
    readFile(path.join(FONT_DIR, "source-serif-4-latin-700-normal.woff")).then((data) => ({ name: "Source Serif 4", data, weight: 700 as const, style: "normal" as const })),
    readFile(path.join(FONT_DIR, "source-sans-3-latin-400-normal.woff")).then((data) => ({ name: "Source Sans 3", data, weight: 400 as const, style: "normal" as const })),
    readFile(path.join(FONT_DIR, "source-sans-3-latin-600-normal.woff")).then((data) => ({ name: "Source Sans 3", data, weight: 600 as const, style: "normal" as const })),
  ]);
  return loading;
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

/** Where app/articles/[slug]/opengraph-image.tsx serves an article's image. */
export const articleShareImagePath = (slug: string) => `/articles/${slug}/opengraph-image`;

/** The site-wide share image, used by every page that has none of its own. */
export const SITE_SHARE_IMAGE_PATH = "/opengraph-image";
/**
 * What Next writes for the image on a page that names none (the not-found page): a constant, so it
 * says what the card shows without its words, which come from the content. Every other page names
 * the image with its words (siteShareImageAlt in lib/og/article-share-image-alt.ts).
 */
export const SITE_SHARE_IMAGE_ALT = "The collective’s name over its description";
