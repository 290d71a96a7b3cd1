import { appendFileSync } from "node:fs";
import { buildCacheDir, buildCacheKey, hasBuildCache, readBuildCache, writeBuildCache } from "../build-cache";
import { compileBody, type CompiledBody } from "./mdx";

type CompiledTree = Extract<CompiledBody, { ok: true }>;

/**
 * A checked tree is plain data, so it is cached on disk by the hash of the
 * text it came from and of the code that compiles it. The build's first step
 * (scripts/warm-build-caches.mts) compiles the files on every core, or the
 * first of Next's worker processes to need a file does; every other process
 * reads its tree, so each file is compiled once per build (and not at all when
 * neither it nor the pipeline changed since the last one).
 */
const PIPELINE_SOURCES = [
  "lib/content/mdx.ts",
  "lib/content/mdx-safety.ts",
  "lib/content/mdx-allowlist.ts",
  "lib/content/mdx-links.ts",
  "lib/content/limits.ts",
  "lib/content/typography.ts",
  "lib/content/rehype-content-elements.ts",
  "lib/content/rehype-action-steps.ts",
  "lib/content/tree-cache.ts",
  // Every remark and rehype plugin's version.
  "package-lock.json",
];

export function treeCacheDir(): string | undefined {
  return buildCacheDir("reframe-content");
}

/** The file's key in the cache; undefined when the pipeline's sources cannot be read, and then nothing is cached. */
export function contentHash(text: string): string | undefined {
  return buildCacheKey(PIPELINE_SOURCES, text);
}

/** Whether this body went through this pipeline before, without reading its tree. */
export function hasCachedTree(body: string, cacheDir: string | undefined): boolean {
  const hash = contentHash(body);
  return hasBuildCache(cacheDir, hash && `${hash}.json`);
}

/**
 * A body's checked tree: from the cache when this text went through this
 * pipeline before (in this build's other workers, or an earlier build or
 * import), else compiled and stored for them.
 */
export async function compileCached(body: string, displayPath: string, cacheDir: string | undefined): Promise<CompiledBody> {
  const hash = contentHash(body);
  const cached = readCachedTree(cacheDir, hash);
  if (cached) return cached;
  const compiled = await compileBody(body, displayPath);
  if (process.env.CONTENT_COMPILE_LOG) appendFileSync(process.env.CONTENT_COMPILE_LOG, `${displayPath}\n`);
  if (compiled.ok) writeBuildCache(cacheDir, hash && `${hash}.json`, JSON.stringify(compiled));
  return compiled;
}

function readCachedTree(dir: string | undefined, hash: string | undefined): CompiledTree | undefined {
  const stored = readBuildCache(dir, hash && `${hash}.json`);
  if (!stored) return undefined;
  try {
    const cached = JSON.parse(stored.toString("utf8")) as CompiledTree;
    // A cache written by another version of the pipeline is a miss, not an error.
    return cached?.ok === true && cached.tree?.type === "root" && Array.isArray(cached.links) && Array.isArray(cached.problems) ? cached : undefined;
  } catch {
    return undefined;
  }
}
