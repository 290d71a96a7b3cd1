import { REPOSITORY_LAYOUT } from "../content/repository-layout";

/**
 * Images a writer has uploaded into the entry being edited, shown from the upload itself until
 * the entry is saved.
 */

/** An entry as Decap hands it over (an Immutable.js map); only what is read here. */
export interface DecapEntry {
  get(key: string): unknown;
}

/**
 * The entry's uploaded files under public/, by the address the site serves each at, with the
 * browser's address of each where Decap has one (a blob: address, for a file not saved yet).
 */
export function uploadedFiles(entry: DecapEntry | undefined): Map<string, string | undefined> {
  const files = new Map<string, string | undefined>();
  const prefix = `${REPOSITORY_LAYOUT.publicDir}/`;
  const mediaFiles = entry?.get("mediaFiles") as { toJS(): unknown } | undefined;
  for (const file of (mediaFiles?.toJS() ?? []) as { path?: string; url?: string }[]) {
    if (file.path?.startsWith(prefix)) files.set(`/${file.path.slice(prefix.length)}`, file.url);
  }
  return files;
}
