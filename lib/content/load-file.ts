import type { ContentFile } from "./layout";
import { type ContentKind, fileProblem, type LoadedFile, loadFileText, unexpectedFailure } from "./load-source";
import { parseFrontmatter } from "./frontmatter";
import type { ReadBytes } from "./read-source";
import { compileCached, hasCachedTree } from "./tree-cache";
import { decodeSource } from "./source-text";

/**
 * One file, from its bytes on disk: decoded as UTF-8 text, then checked alone
 * (load-source.ts), its body compiled through the tree cache. Its result
 * depends only on the file's bytes, so a development server can keep it for as
 * long as the file does not change.
 */
export async function loadFileBytes<Kind extends ContentKind>(file: ContentFile, kind: Kind, read: ReadBytes, cacheDir: string | undefined): Promise<LoadedFile<Kind>> {
  if (!read.ok) return fileProblem(file, kind, read.message);
  let source;
  try {
    source = decodeSource(read.bytes);
  } catch (error) {
    return fileProblem(file, kind, unexpectedFailure(error));
  }
  if (!source.ok) return fileProblem(file, kind, source.message, source.line, source.column);
  return loadFileText(file, kind, source.text, (body, displayPath) => compileCached(body, displayPath, cacheDir));
}

/**
 * Whether loading the file would find its body's tree in the cache: a file that
 * cannot be read or split is not, and loading it reports why.
 */
export function isBodyCached(read: ReadBytes, displayPath: string, cacheDir: string | undefined): boolean {
  if (!read.ok || !cacheDir) return false;
  const source = decodeSource(read.bytes);
  if (!source.ok) return false;
  const parsed = parseFrontmatter(source.text, displayPath);
  return !Array.isArray(parsed) && hasCachedTree(parsed.body, cacheDir);
}
