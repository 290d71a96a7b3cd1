import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Copies each footnote next to the sentence that cites it, as a sidenote that
 * wide screens float into the right margin with CSS alone. The copy is hidden
 * from assistive technology and from the tab order, because the footnotes
 * section at the end stays the accessible, canonical place for the notes.
 */
export function withSidenotes(tree: Root): Root {
  const copy = structuredClone(tree);
  const notes = new Map<string, Element>();
  visit(copy, "element", (node) => {
    if (node.tagName === "li" && typeof node.properties.id === "string" && node.properties.id.startsWith("user-content-fn-")) {
      notes.set(node.properties.id, node);
    }
  });

  visit(copy, "element", (node, index, parent) => {
    if (node.tagName !== "sup" || !parent || index === undefined) return;
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
    parent.children.splice(index + 1, 0, sidenote);
    return index + 2;
  });
  return copy;
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
