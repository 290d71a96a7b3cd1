/**
 * Images in the editor's rich-text mode, replacing Decap's own image block
 * (registered under the same id): the description is required, because the
 * check refuses an image without one, and there is no title, which the site
 * does not show. It reads and writes the Markdown an editor writes by hand,
 * `![What the image shows](/images/articles/<slug>/photo.jpg)`.
 */

export interface ImageData {
  image: string;
  alt: string;
}

export const IMAGE_PATTERN = /^!\[([^\]]*)\]\(([^)\s]*)\)/;

function plain<T>(given: T | { toJS(): T }): T {
  return typeof given === "object" && given !== null && "toJS" in given && typeof given.toJS === "function" ? given.toJS() : (given as T);
}

export function writeImage(given: Partial<ImageData> | { toJS(): Partial<ImageData> }): string {
  const { image = "", alt = "" } = plain(given);
  // A ] would end the description, and a line break the paragraph.
  const description = alt.replace(/\s+/g, " ").replace(/[\\\]]/g, "\\$&").trim();
  return `![${description}](${image.replace(/[\s)]/g, encodeURIComponent)})`;
}

export const imageComponent = {
  id: "image",
  label: "Image",
  fields: [
    { name: "image", label: "Image", widget: "image", media_library: { allow_multiple: false } },
    { name: "alt", label: "What the image shows (for readers who cannot see it)", widget: "string", hint: "Required: the check refuses an image without a description." },
  ],
  pattern: IMAGE_PATTERN,
  fromBlock: (match: RegExpMatchArray): ImageData => ({ alt: (match[1] ?? "").replace(/\\([\\\]])/g, "$1"), image: match[2] ?? "" }),
  toBlock: writeImage,
  toPreview: writeImage,
};
