import type { Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Returns a copy of a content tree whose links work outside the page: in a
 * feed reader `#user-content-fn-1` must become `<article URL>#user-content-fn-1`
 * and `/authors/x` must carry the site's origin.
 */
export function absolutizeTree(tree: Root, pageUrl: string, origin: string): Root {
  const copy = structuredClone(tree);
  visit(copy, "element", (node) => {
    for (const property of ["href", "src"] as const) {
      const value = node.properties[property];
      if (typeof value !== "string") continue;
      if (value.startsWith("#")) node.properties[property] = `${pageUrl}${value}`;
      else if (value.startsWith("/") && !value.startsWith("//")) node.properties[property] = `${origin}${value}`;
    }
  });
  return copy;
}
