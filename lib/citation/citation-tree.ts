import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

/**
 * citeproc writes a citation as HTML. It is parsed, not pasted: only the
 * formatting elements CSL can produce are kept, and anything else stops the
 * build, so what a style or an editor's title puts in cannot become markup.
 */
const FORMATTING = new Set(["i", "b", "sup", "sub", "span"]);

export function citationTree(html: string): Root {
  const fragment = fromHtml(html, { fragment: true });
  let children: ElementContent[] = fragment.children as ElementContent[];
  // A bibliography comes wrapped as div.csl-bib-body > div.csl-entry; a note comes bare.
  visit(fragment, "element", (node: Element) => {
    if (Array.isArray(node.properties.className) && node.properties.className.includes("csl-entry")) children = node.children;
  });
  const tree: Root = { type: "root", children };
  visit(tree, "element", (node: Element) => {
    if (!FORMATTING.has(node.tagName)) throw new Error(`a citation contained <${node.tagName}>, which is not formatting a citation style can produce: ${html}`);
    for (const name of Object.keys(node.properties)) {
      if (!(node.tagName === "span" && name === "style")) throw new Error(`a citation's <${node.tagName}> had the attribute ${name}: ${html}`);
    }
  });
  return tree;
}
