import type { Root } from "hast";
import { visit } from "unist-util-visit";
import type { BodyLink } from "./mdx-links";
import type { ContentProblem } from "./problems";

/**
 * Checks every internal link and image of every file against the whole site:
 * the page must exist (and be published, unless the linking file is a draft
 * too), the `#anchor` must exist on it, and images must be files in public/.
 * It asks whether a file is in public/ through `isPublicFile`, so it runs on
 * the build machine (public-files.ts looks on disk) and in the browser's editor
 * (which has the site's list of files) alike.
 */

/** Whether a decoded address like /images/photo.jpg is a file in public/. */
export type IsPublicFile = (pathname: string) => boolean;

export interface LinkedPage {
  /** "unchecked" when the page's own file has problems, so its anchors are unknown. */
  ids: Set<string> | "unchecked";
  draft: boolean;
}

export interface LinkSource {
  file: string;
  /** The page this file becomes, for `#anchor` links within it. */
  pagePath: string;
  draft: boolean;
  links: BodyLink[];
  /** Lines before the body, to turn body positions into file positions. */
  lineOffset: number;
}

/** Ids every page has, whatever its content: the skip link's target. */
const PAGE_IDS = ["main"];

export function idsIn(tree: Root): Set<string> {
  const ids = new Set<string>(PAGE_IDS);
  visit(tree, "element", (node) => {
    if (typeof node.properties.id === "string") ids.add(node.properties.id);
  });
  return ids;
}

export function checkLinks(sources: LinkSource[], pages: Map<string, LinkedPage>, isPublicFile: IsPublicFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const source of sources) {
    for (const link of source.links) {
      const message = link.kind === "image" ? checkImage(link.url, isPublicFile) : checkLink(link.url, source, pages, isPublicFile);
      if (message) problems.push({ file: source.file, line: link.line + source.lineOffset, column: link.column, field: link.kind, message });
    }
  }
  return problems;
}

function checkImage(url: string, isPublicFile: IsPublicFile): string | undefined {
  if (!url.startsWith("/")) return `images must be addressed from the site root, like /images/photo.jpg, found "${url}"`;
  const pathname = safeDecode(url.split(/[?#]/)[0]);
  if (pathname === undefined || !isPublicFile(pathname)) {
    return `the image ${url} is not a file in public/; add public${pathname ?? url} or fix the address`;
  }
  return undefined;
}

function checkLink(url: string, source: LinkSource, pages: Map<string, LinkedPage>, isPublicFile: IsPublicFile): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return undefined; // another site: not checked offline
  const [beforeHash, anchor] = splitAnchor(url);
  const pathname = beforeHash === "" ? source.pagePath : beforeHash.split("?")[0];
  if (!pathname.startsWith("/")) return `internal links must start with /, like /articles/some-essay, found "${url}"`;
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const page = pages.get(normalised);
  if (!page) {
    const decoded = safeDecode(normalised);
    if (decoded !== undefined && !anchor && isPublicFile(decoded)) return undefined;
    return `the link ${url} points at ${normalised}, and there is no such page on this site`;
  }
  if (page.draft && !source.draft) return `the link ${url} points at a draft, which will not be published`;
  if (anchor !== undefined && page.ids !== "unchecked" && !page.ids.has(anchor)) {
    return `the link ${url} points at #${anchor}, which is not on ${normalised === source.pagePath ? "this page" : normalised}`;
  }
  return undefined;
}

function splitAnchor(url: string): [string, string | undefined] {
  const index = url.indexOf("#");
  if (index === -1) return [url, undefined];
  return [url.slice(0, index), safeDecode(url.slice(index + 1)) ?? url.slice(index + 1)];
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
