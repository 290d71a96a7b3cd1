import type { Element, ElementContent, Parent, Root } from "hast";
import { visit } from "unist-util-visit";
import { SKIP, visitParents } from "unist-util-visit-parents";

/**
 * Elements that style the text inside them. A sidenote placed inside one would
 * take its look (a note in italics because its reference sits in `<em>`), or
 * nest links in a link, so it goes after the outermost one instead.
 */
const INLINE_ELEMENTS = new Set(["a", "abbr", "b", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "u"]);

/**
 * Copies each footnote next to the sentence that cites it, as a sidenote that
 * wide screens float into the right margin with CSS alone. The copy is hidden
 * from assistive technology and from the tab order, because the footnotes
 * section at the end stays the accessible, canonical place for the notes.
 * The copy goes after the reference, outside any emphasis, link or other
 * inline element that holds it, so it is always set upright in the margin.
 */
export function withSidenotes(tree: Root): Root {
  const copy = structuredClone(tree);
  const notes = new Map<string, Element>();
  visit(copy, "element", (node) => {
    if (node.tagName === "li" && typeof node.properties.id === "string" && node.properties.id.startsWith("user-content-fn-")) {
      notes.set(node.properties.id, node);
    }
  });

  const placements: { container: Parent; after: ElementContent; sidenote: Element }[] = [];
  visitParents(copy, "element", (node, ancestors) => {
    if (node.tagName !== "sup") return;
    const reference = node.children.find((child): child is Element => child.type === "element" && child.properties.dataFootnoteRef !== undefined);
    const href = reference?.properties.href;
    if (typeof href !== "string") return;
    const note = notes.get(href.slice(1));
    if (!note) return;
    const label = reference!.children.map((child) => (child.type === "text" ? child.value : "")).join("");
    const sidenote: Element = {
      type: "element",
      tagName: "span",
      properties: { className: ["sidenote"], ariaHidden: "true", dataPagefindIgnore: "all" },
      children: [
        { type: "element", tagName: "span", properties: { className: ["sidenote-number"] }, children: [{ type: "text", value: `${label}.` }] },
        { type: "text", value: " " },
        ...inlineCopy(note.children),
      ],
    };
    let after: ElementContent = node;
    let depth = ancestors.length - 1;
    while (depth > 0 && isInlineElement(ancestors[depth])) after = ancestors[depth--] as Element;
    placements.push({ container: ancestors[depth] as Parent, after, sidenote });
    return SKIP;
  });
  // Last first, so two notes placed after the same element keep their order.
  for (const { container, after, sidenote } of placements.reverse()) {
    container.children.splice(container.children.indexOf(after) + 1, 0, sidenote);
  }
  return copy;
}

function isInlineElement(node: Parent): boolean {
  return node.type === "element" && INLINE_ELEMENTS.has((node as Element).tagName);
}

/** The note's content as phrasing content (it sits inside a paragraph), without ids, back-links or tab stops. */
function inlineCopy(children: ElementContent[]): ElementContent[] {
  const result: ElementContent[] = [];
  for (const child of structuredClone(children)) {
    if (child.type !== "element") {
      if (child.type === "text" && child.value.trim() === "") continue;
      result.push(child);
      continue;
    }
    if (child.properties.dataFootnoteBackref !== undefined) continue;
    delete child.properties.id;
    if (child.tagName === "a") child.properties.tabIndex = -1;
    child.children = inlineCopy(child.children);
    if (["p", "ul", "ol", "li", "blockquote", "div"].includes(child.tagName)) {
      result.push({ ...child, tagName: "span", properties: { className: ["sidenote-block"] } });
    } else {
      result.push(child);
    }
  }
  return result;
}
