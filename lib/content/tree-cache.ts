import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildCacheDir, buildCacheKey } from "../build-cache";
import { sourceVersion } from "../source-version";
import type { CompiledBody } from "./mdx";

type CompiledTree = Extract<CompiledBody, { ok: true }>;

/**
 * A checked tree is plain data, so it is cached on disk by the hash of the
 * text it came from and of the code that compiles it. Next builds pages in
 * several worker processes; the first one compiles a file and the others read
 * its tree, so each file is compiled once per build (and not at all when
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
  return sourceVersion(PIPELINE_SOURCES) ? buildCacheDir("reframe-content") : undefined;
}

/** The file's key in the cache; without readable sources nothing is cached (treeCacheDir), and the key is the text's own hash. */
export function contentHash(text: string): string {
  return buildCacheKey(PIPELINE_SOURCES, text) ?? createHash("sha256").update(text).digest("hex");
}

export async function readCachedTree(dir: string | undefined, hash: string): Promise<CompiledTree | undefined> {
  if (!dir) return undefined;
  try {
    const cached = JSON.parse(await readFile(path.join(dir, `${hash}.json`), "utf8")) as CompiledTree;
    // A cache written by another version of the pipeline is a miss, not an error.
    return cached?.ok === true && cached.tree?.type === "root" && Array.isArray(cached.links) && Array.isArray(cached.problems) ? cached : undefined;
  } catch {
    return undefined;
  }
}

export async function writeCachedTree(dir: string | undefined, hash: string, compiled: CompiledTree): Promise<void> {
  if (!dir) return;
  try {
    await mkdir(dir, { recursive: true });
    // Write then rename, so a worker never reads a half-written tree.
    const temporary = path.join(dir, `${hash}.${process.pid}.tmp`);
    await writeFile(temporary, JSON.stringify(compiled));
    await rename(temporary, path.join(dir, `${hash}.json`));
  } catch {
    // The cache only saves time; a read-only disk must not fail the build.
  }
}
