import { parse } from "parse5";

/**
 * A prerendered page parsed once, with each element's place in the source, so
 * the steps that finish a page after the build (lib/page-html/) can find what
 * they change with a real HTML parser and still change only those bytes.
 */
export type PageNode = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: PageNode[];
  value?: string;
  content?: PageNode;
  sourceCodeLocation?: {
    startOffset: number;
    endOffset: number;
    startTag?: { endOffset: number };
    endTag?: { startOffset: number };
  };
};

/** One change to the page's source: the bytes from start to end become text. */
export type PageEdit = { start: number; end: number; text: string };

export function parsePage(html: string): PageNode {
  return parse(html, { sourceCodeLocationInfo: true }) as unknown as PageNode;
}

export function attribute(node: PageNode, name: string): string | undefined {
  return node.attrs?.find((attr) => attr.name === name)?.value;
}

/** Every element in document order, template contents included. */
export function* elements(node: PageNode): Generator<PageNode> {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}

export function textOf(node: PageNode): string {
  return (node.childNodes ?? []).map((child) => child.value ?? "").join("");
}

/** The page with the edits made; they must not overlap. */
export function withEdits(html: string, edits: PageEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error("overlapping edits to a page");
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}
