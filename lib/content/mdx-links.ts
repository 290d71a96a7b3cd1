import type { Root as MdastRoot } from "mdast";
import { visit } from "unist-util-visit";
import type { TreeProblem } from "./mdx-safety";

/**
 * Collects what a body links to, with positions, so links can be checked
 * against the whole site once every file is loaded; and checks what can be
 * checked within one file: footnotes, empty links, images without alt text and
 * headings that would compete with the title.
 */

export interface BodyLink {
  kind: "link" | "image";
  url: string;
  line: number;
  column: number;
}

export function collectLinks(tree: MdastRoot, source: string): { links: BodyLink[]; problems: TreeProblem[] } {
  const links: BodyLink[] = [];
  const problems: TreeProblem[] = [];
  const definitions = new Map<string, string>();
  const referenced = new Set<string>();
  const footnoteDefinitions = new Map<string, { line: number; column: number }>();

  visit(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = { line: start.line, column: start.column };
    switch (node.type) {
      case "definition":
        definitions.set(node.identifier, node.url);
        break;
      case "footnoteDefinition":
        // The page shows the first note of a label and drops the rest without a word.
        if (footnoteDefinitions.has(node.identifier)) {
          problems.push({ ...at, field: "footnote", message: `a second note [^${node.label ?? node.identifier}]: the page would show only the first; give this one a label of its own, and its reference in the text too` });
        } else {
          footnoteDefinitions.set(node.identifier, at);
        }
        break;
      case "heading":
        if (node.depth === 1) {
          problems.push({ ...at, field: "heading", message: `"# ${textOf(node)}" is a second top heading; the title is the page's only one, so start sections at ## ("## ${textOf(node)}")` });
        }
        break;
      case "footnoteReference":
        referenced.add(node.identifier);
        break;
      case "link":
        if (node.url.trim() === "" || node.url.trim() === "#") {
          problems.push({ ...at, field: "link", message: `the link "${textOf(node)}" goes nowhere; give it an address, or remove the brackets to keep the words as plain text` });
        } else {
          links.push({ kind: "link", url: node.url, ...at });
        }
        break;
      case "image":
        if (!node.alt?.trim()) problems.push({ ...at, field: "image", message: `expected alt text describing the image, like ![A crowd at a vigil](${node.url}), found none` });
        links.push({ kind: "image", url: node.url, ...at });
        break;
      case "text": {
        // Read as written: an escaped `\[^a-z]` (a regular expression in prose) has the same text as a lost reference.
        const { start: from, end: to } = node.position ?? {};
        const written = from?.offset !== undefined && to?.offset !== undefined ? source.slice(from.offset, to.offset) : node.value;
        for (const match of written.matchAll(/(?<!\\)\[\^([^\]\s]+)\]/g)) {
          problems.push({ ...positionWithin(written, match.index, at), field: "footnote", message: `the footnote reference [^${match[1]}] has no note; add a line "[^${match[1]}]: the note's text" at the end of the file` });
        }
        break;
      }
      default:
        break;
    }
  });

  // Reference-style links resolve through their definitions.
  visit(tree, "linkReference", (node) => {
    const url = definitions.get(node.identifier);
    const start = node.position?.start ?? { line: 1, column: 1 };
    if (url !== undefined) links.push({ kind: "link", url, line: start.line, column: start.column });
  });

  for (const [identifier, at] of footnoteDefinitions) {
    if (!referenced.has(identifier)) {
      problems.push({ ...at, field: "footnote", message: `the note [^${identifier}] is never referenced; add [^${identifier}] where it belongs in the text, or remove the note` });
    }
  }
  return { links, problems };
}

function textOf(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === "string") return node.value;
  return (node.children ?? []).map((child) => textOf(child as { children?: unknown[]; value?: unknown })).join("");
}

/** The file position of a character inside a text node that starts at `start`. */
function positionWithin(value: string, index: number, start: { line: number; column: number }) {
  const lines = value.slice(0, index).split("\n");
  return lines.length === 1
    ? { line: start.line, column: start.column + index }
    : { line: start.line + lines.length - 1, column: lines[lines.length - 1].length + 1 };
}
