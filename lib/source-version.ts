import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

const versions = new Map<string, string | undefined>();

/**
 * A hash of the project files that make a cached result, read from the
 * project at run time: a build cache keyed by it is emptied by any change to
 * that code (or, through package-lock.json, to a library's version) without
 * anyone remembering to bump a number. Undefined when a file cannot be read,
 * and then nothing should be cached. Read once per process: a build does not
 * change its own code.
 */
export function sourceVersion(files: string[], root: string = process.cwd()): string | undefined {
  const key = [root, ...files].join("\0");
  if (versions.has(key)) return versions.get(key);
  let version: string | undefined;
  try {
    const hash = createHash("sha256");
    // Read at build time only, so the server's file tracing must not follow these paths.
    for (const file of files) hash.update(file).update("\0").update(readFileSync(path.join(/* turbopackIgnore: true */ root, file)));
    version = hash.digest("hex");
  } catch {
    version = undefined;
  }
  versions.set(key, version);
  return version;
}
