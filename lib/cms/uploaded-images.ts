import { REPOSITORY_LAYOUT } from "../content/repository-layout";

/**
 * Images a writer has uploaded into the entry being edited, shown from the upload itself until
 * the entry is saved: the preview (lib/cms/admin-setup.ts) and the form's image fields both
 * find them here.
 *
 * The form needs this because of how Decap looks an image up. An uploaded file is kept in the
 * browser under its path in the repository (public/images/articles/<slug>/photo.jpg), with a
 * blob: address; the field holds the address the site will serve it at
 * (/images/articles/<slug>/photo.jpg, the collection's public_folder). Decap counts an
 * address that starts with `/` as absolute (decap-cms-lib-util's isAbsolutePath, since
 * decaporg/decap-cms#7650), so its getAsset uses that address as it is instead of mapping it
 * back to the file's path: the form's thumbnail asked the site for an image that no server has
 * until the essay is saved, and showed a broken image. The editor's policy already
 * allows blob: images (lib/security-headers.ts); nothing there needed to change.
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

type GetAsset = (path: string, field?: unknown) => unknown;

const preferring = new WeakMap<GetAsset, GetAsset>();

/**
 * Decap's getAsset, answering first from the entry's own uploads. One function for each of
 * Decap's, because the image control redraws whenever its getAsset changes; `getEntry` is
 * Decap's, which reads the entry being edited when called.
 */
export function preferUploads(getAsset: GetAsset, getEntry: () => DecapEntry | undefined): GetAsset {
  let preferred = preferring.get(getAsset);
  if (!preferred) {
    preferred = (path, field) => uploadedFiles(getEntry()).get(path) ?? getAsset(path, field);
    preferring.set(getAsset, preferred);
  }
  return preferred;
}

interface ImageControlProps {
  getAsset: GetAsset;
  getEntry: () => DecapEntry | undefined;
  [prop: string]: unknown;
}

/**
 * Decap's image control, given a getAsset that knows the entry's uploads. Every other prop
 * passes through, `ref` too (a prop of a function component since React 19, which Decap
 * bundles), so Decap's widget wrapper still holds the image control itself: its validation
 * and its own rule for when to redraw.
 */
export function showingUploads(imageControl: unknown, h: (type: unknown, props: Record<string, unknown>) => unknown) {
  return function UploadedImageControl(props: ImageControlProps) {
    return h(imageControl, { ...props, getAsset: preferUploads(props.getAsset, props.getEntry) });
  };
}
