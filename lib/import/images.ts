import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { findFirst, h, plainText, text } from "./hast";
import type { ImportLog } from "./log";

/**
 * Brings a post's images home. The site loads nothing from other origins, so
 * every image is downloaded and served from public/. A download is refused
 * when it is slow, large, or not an image by its bytes, whatever the server
 * says it is; then the post still arrives, with an editor's note where the
 * image was.
 */

export type ImageType = "png" | "jpeg" | "gif" | "webp";

export interface ImageLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024 };

/** The image's type by its first bytes, or undefined when it is none of the four the site serves. */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const starts = (signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (starts([0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return "gif";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return undefined;
}

export type Download = { ok: true; bytes: Uint8Array; type: ImageType } | { ok: false; reason: string };

export async function downloadImage(address: string, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): Promise<Download> {
  let response: Response;
  try {
    response = await fetch(address, { signal: AbortSignal.timeout(limits.timeoutMs), redirect: "follow" });
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, reason: name === "TimeoutError" ? `no answer within ${limits.timeoutMs / 1000} s` : `could not be reached (${(error as Error).message})` };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, reason: `the server answered ${response.status}` };
  }
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    return { ok: false, reason: `it is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB` };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  try {
    for (;;) {
      const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
      if (done || !value) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader?.cancel();
        return { ok: false, reason: `it is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB` };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, reason: `the download broke off (${(error as Error).message})` };
  }
  const bytes = Buffer.concat(chunks);
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, reason: "what came back is not a PNG, JPEG, GIF or WebP image" };
  return { ok: true, bytes, type };
}

/** An image the post will carry: its file name under the post's image folder, and its bytes. */
export interface FetchedImage {
  index: number;
  fileName: string;
  bytes: Uint8Array;
}

/** Marks an image's address for the writer, which knows the post's final slug. */
export const IMAGE_INDEX_PROPERTY = "dataImportImage";

export interface ImageOptions {
  limits?: ImageLimits;
  /** How many downloads run at once. */
  concurrency?: number;
}

/**
 * Downloads every `img` of the tree. Fetched images are numbered for the
 * writer; a failed one is replaced by an editor's note with its caption and
 * original address, which the log lists.
 */
export async function fetchImages(tree: Root, log: ImportLog, options: ImageOptions = {}): Promise<FetchedImage[]> {
  const images: { node: Element; address: string }[] = [];
  visit(tree, "element", (node) => {
    if (node.tagName === "img" && typeof node.properties.src === "string") images.push({ node, address: node.properties.src });
  });
  const results: Download[] = new Array(images.length);
  let next = 0;
  const worker = async () => {
    while (next < images.length) {
      const mine = next++;
      results[mine] = await downloadImage(images[mine].address, options.limits);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, images.length) }, worker));

  const fetched: FetchedImage[] = [];
  const failed = new Map<Element, { address: string; reason: string }>();
  images.forEach(({ node, address }, position) => {
    const result = results[position];
    if (result.ok) {
      const index = fetched.length + 1;
      node.properties[IMAGE_INDEX_PROPERTY] = index;
      fetched.push({ index, fileName: `image-${index}.${result.type === "jpeg" ? "jpg" : result.type}`, bytes: result.bytes });
    } else {
      failed.set(node, { address, reason: result.reason });
    }
  });
  log.imagesFetched = fetched.length;
  if (failed.size > 0) replaceFailed(tree, failed, log);
  return fetched;
}

function replaceFailed(tree: Root, failed: Map<Element, { address: string; reason: string }>, log: ImportLog) {
  visit(tree, "element", (node, index, parent) => {
    if (!parent || index === undefined) return;
    const image = node.tagName === "img" ? node : node.tagName === "figure" ? findFirst(node, (child) => failed.has(child)) : undefined;
    if (!image || !failed.has(image)) return;
    const { address, reason } = failed.get(image)!;
    const caption = node.tagName === "figure" ? findFirst(node, (child) => child.tagName === "figcaption") : undefined;
    const alt = typeof image.properties.alt === "string" ? image.properties.alt.trim() : "";
    const captioned = caption !== undefined && plainText(caption) !== "";
    log.imagesFailed.push(`${address}: ${reason}`);
    const what = alt ? `an image (“${alt}”)` : captioned ? "the image this caption describes" : "an image";
    const note = h("p", {}, [
      h("em", {}, [
        text(`Editor's note: ${what} could not be brought over from the original post; it was at `),
        h("a", { href: address }, [text(address)]),
        text("."),
      ]),
    ]);
    // In a figure the note takes the image's place and the caption stays, links and all: a credit is often what the image's licence asks for.
    if (node.tagName === "figure") {
      replaceWithin(node, image, note);
      return SKIP;
    }
    parent.children.splice(index, 1, parent.type === "element" && parent.tagName === "p" ? (note.children[0] as Element) : note);
    return SKIP;
  });
}

function replaceWithin(container: Element, target: Element, replacement: Element) {
  visit(container, "element", (node, index, parent) => {
    if (node !== target || !parent || index === undefined) return;
    parent.children.splice(index, 1, replacement);
    return SKIP;
  });
}
