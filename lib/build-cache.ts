import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { sourceVersion } from "./source-version";

/**
 * Results a build keeps on disk for the next one, under .next/cache/, where
 * Next keeps its own caches and CI restores them. Each entry is named by a
 * hash of its input and of the code that makes it (see sourceVersion), so an
 * edited essay misses only its own entries and a change of code misses all.
 * `CONTENT_CACHE=off` turns every such cache off (the tests do).
 */
export function buildCacheDir(name: string): string | undefined {
  if (!buildCachesOn()) return undefined;
  // Build-time storage, so the server's file tracing must not follow this path.
  return path.join(/* turbopackIgnore: true */ process.env.CONTENT_CACHE_DIR ?? path.join(process.cwd(), ".next", "cache"), name);
}

export function buildCachesOn(): boolean {
  return process.env.CONTENT_CACHE !== "off";
}

/** The key of one entry, or undefined when the code cannot be read (then nothing is cached). */
export function buildCacheKey(sources: string[], input: string): string | undefined {
  const version = sourceVersion(sources);
  if (!version) return undefined;
  return createHash("sha256").update(version).update("\0").update(input).digest("hex");
}

export function readBuildCache(dir: string | undefined, key: string | undefined): Buffer | undefined {
  if (!dir || !key) return undefined;
  try {
    return readFileSync(path.join(/* turbopackIgnore: true */ dir, key));
  } catch {
    return undefined;
  }
}

/** Whether an entry is there, without reading it. */
export function hasBuildCache(dir: string | undefined, key: string | undefined): boolean {
  return Boolean(dir && key && existsSync(path.join(/* turbopackIgnore: true */ dir, key)));
}

export function writeBuildCache(dir: string | undefined, key: string | undefined, data: string | Buffer): void {
  if (!dir || !key) return;
  try {
    mkdirSync(dir, { recursive: true });
    // Write then rename, so another build worker or thread never reads half an entry.
    const temporary = path.join(/* turbopackIgnore: true */ dir, `${key}.${process.pid}-${threadId}.tmp`);
    writeFileSync(temporary, data);
    renameSync(temporary, path.join(/* turbopackIgnore: true */ dir, key));
  } catch {
    // The cache only saves time; a read-only disk must not fail the build.
  }
}
