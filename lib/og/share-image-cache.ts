import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { sourceVersion } from "../source-version";

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

function cacheDir(): string | undefined {
  if (process.env.CONTENT_CACHE === "off") return undefined;
  return path.join(process.env.CONTENT_CACHE_DIR ?? path.join(process.cwd(), ".next", "cache"), "reframe-share-images");
}

/** A hash of what draws every card, or undefined when the sources cannot be read (then nothing is cached). */
function drawingVersion(): string | undefined {
  let fonts: string[];
  try {
    fonts = readdirSync(path.join(/* turbopackIgnore: true */ process.cwd(), FONT_DIR)).sort();
  } catch {
    return undefined;
  }
  return sourceVersion([...CARD_SOURCES, ...fonts.map((name) => path.join(FONT_DIR, name))]);
}

/** The cache key of one card, or undefined when caching is off or impossible. */
export async function shareImageKey(card: unknown): Promise<string | undefined> {
  const version = drawingVersion();
  if (!version || !cacheDir()) return undefined;
  return createHash("sha256").update(version).update("\0").update(JSON.stringify(card)).digest("hex");
}

export async function readCachedShareImage(key: string | undefined): Promise<Buffer | undefined> {
  const dir = cacheDir();
  if (!key || !dir) return undefined;
  try {
    return await readFile(path.join(dir, `${key}.png`));
  } catch {
    return undefined;
  }
}

export async function writeCachedShareImage(key: string | undefined, png: Buffer): Promise<void> {
  const dir = cacheDir();
  if (!key || !dir) return;
  try {
    await mkdir(dir, { recursive: true });
    // Write then rename, so a concurrent build worker never reads half an image.
    const temporary = path.join(dir, `${key}.${process.pid}.tmp`);
    await writeFile(temporary, png);
    await rename(temporary, path.join(dir, `${key}.png`));
  } catch {
    // The cache only saves time; a read-only disk must not fail the build.
  }
}
