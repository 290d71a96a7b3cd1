import { constants, lstatSync, readdirSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { describeFile } from "./layout";
import type { ContentProblem } from "./problems";

/**
 * Reads content files without ever following a symbolic link. Git stores
 * links, so a pull request could add one pointing anywhere on the build
 * machine; its target would be read, or copied from public/ into the site.
 */

const LINK_MESSAGE = "is a symbolic link; content and files in public/ must be real files in the repository. Replace the link with the file itself";

export type ReadBytes = { ok: true; bytes: Buffer } | { ok: false; message: string };

export async function readBytes(absolutePath: string): Promise<ReadBytes> {
  let handle;
  try {
    handle = await open(absolutePath, constants.O_RDONLY | constants.O_NOFOLLOW);
    if (!(await handle.stat()).isFile()) return { ok: false, message: "is not a regular file; content must be plain text files" };
    return { ok: true, bytes: await handle.readFile() };
  } catch (error) {
    return { ok: false, message: readFailure(error) };
  } finally {
    await handle?.close();
  }
}

/** The same, synchronously, for the development server's quick reloads. */
export function readBytesSync(absolutePath: string): ReadBytes {
  try {
    if (lstatSync(absolutePath).isSymbolicLink()) return { ok: false, message: LINK_MESSAGE };
    return { ok: true, bytes: readFileSync(absolutePath) };
  } catch (error) {
    return { ok: false, message: readFailure(error) };
  }
}

function readFailure(error: unknown): string {
  return (error as NodeJS.ErrnoException).code === "ELOOP" ? LINK_MESSAGE : `could not be read: ${(error as Error).message}`;
}

/**
 * Every symbolic link, and anything that is neither a file nor a folder, under
 * `root`, whether or not content refers to it.
 */
export function findLinks(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(/* turbopackIgnore: true */ dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isSymbolicLink()) problems.push({ file: describeFile(full).displayPath, line: 1, column: 1, message: LINK_MESSAGE });
      else if (!entry.isFile()) problems.push({ file: describeFile(full).displayPath, line: 1, column: 1, message: "is not a regular file or folder; remove it" });
    }
  };
  if (isLink(root)) return [{ file: describeFile(root).displayPath, line: 1, column: 1, message: LINK_MESSAGE }];
  walk(root);
  return problems;
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
