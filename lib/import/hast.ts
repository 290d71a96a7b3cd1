import type { Element, ElementContent, Nodes, Parents, Root, Text } from "hast";
import { toString } from "hast-util-to-string";

/** Small questions about hast trees that every importer asks. */

export function isElement(node: Nodes | undefined): node is Element;
/** Narrows only to an element with that tag name, so a false answer still leaves other elements possible. */
export function isElement<Tag extends string>(node: Nodes | undefined, tagName: Tag): node is Element & { tagName: Tag };
export function isElement(node: Nodes | undefined, tagName?: string): boolean {
  return node?.type === "element" && (tagName === undefined || node.tagName === tagName);
}

export function classesOf(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === "string" || typeof value === "number" ? String(value).split(/\s+/) : [];
}

export function hasClass(node: Nodes | undefined, className: string): node is Element {
  return isElement(node) && classesOf(node).includes(className);
}

/** Every element under `tree` (itself included) that passes `test`, in document order. */
export function findAll(tree: Parents | Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "element" && test(node)) found.push(node);
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

export function findFirst(tree: Parents | Element, test: (node: Element) => boolean): Element | undefined {
  return findAll(tree, test)[0];
}

/** The element's text with runs of whitespace made one space, trimmed. */
export function plainText(node: Nodes): string {
  return toString(node).replace(/\s+/g, " ").trim();
}

export function h(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

export function text(value: string): Text {
  return { type: "text", value };
}

export function root(children: Root["children"]): Root {
  return { type: "root", children };
}

export const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

export function headingLevel(node: Nodes | undefined): number | undefined {
  return isElement(node) && HEADING_TAGS.has(node.tagName) ? Number(node.tagName.slice(1)) : undefined;
}

const INVISIBLE = new Set(["script", "style", "template", "noscript"]);
const BLOCKS = new Set(["p", "div", "li", "blockquote", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "section"]);

/** The words a reader of the page sees: text outside scripts and styles. */
export function visibleText(node: Nodes): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" && INVISIBLE.has(node.tagName)) return "";
  if (node.type === "element" && node.tagName === "br") return "\n";
  if (!("children" in node)) return "";
  const inner = node.children.map((child) => visibleText(child)).join(node.type === "root" ? "\n" : "");
  return node.type === "element" && BLOCKS.has(node.tagName) ? `\n${inner}\n` : inner;
}

export function countWords(value: string): number {
  return value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
