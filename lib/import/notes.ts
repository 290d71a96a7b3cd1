import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { h, headingLevel, isElement, plainText, text } from "./hast";
import type { ImportLog } from "./log";

/**
 * Recovers an essay's notes. Posts on platforms without footnotes mark a note
 * in the text as [1], (1), ¹ or <sup>1</sup> and list the notes at the end:
 * as paragraphs, as list items, or as lines of one paragraph, often under a
 * heading like "Notes". When the markers and the notes pair one to one they
 * are marked here (as NOTE_REF_TAG and NOTES_TAG elements) for the conversion
 * to turn into footnotes; when they do not, the text stays as written and the
 * log says why, because a wrong pairing would put words in an author's mouth.
 */

export const NOTE_REF_TAG = "import-note-ref";
export const NOTES_TAG = "import-notes";
export const NOTE_TAG = "import-note";

type Style = "sup" | "superscript" | "bracket" | "paren";
const STYLES: Style[] = ["sup", "superscript", "bracket", "paren"];
const STYLE_LABEL: Record<Style, (n: number) => string> = {
  sup: (n) => `<sup>${n}</sup>`,
  superscript: (n) => toSuperscript(n),
  bracket: (n) => `[${n}]`,
  paren: (n) => `(${n})`,
};

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUPERSCRIPT_CLASS = "[⁰¹²³⁴⁵⁶⁷⁸⁹]";
const IN_TEXT: Record<Exclude<Style, "sup">, RegExp> = {
  superscript: new RegExp(`${SUPERSCRIPT_CLASS}+`, "gu"),
  bracket: /\[(\d{1,3})\]/g,
  paren: /\((\d{1,3})\)/g,
};
/** A note's own number at the start of its line: [1], (1), 1., 1), ¹. */
const LEADING_MARKER = new RegExp(`^\\s*(?:\\[(\\d{1,3})\\]|\\((\\d{1,3})\\)|(\\d{1,3})[.)](?=\\s)|(${SUPERSCRIPT_CLASS}+))\\s*`, "u");
const NOTES_HEADING = /^(?:end|foot)?notes?\s*:?$|^(?:references|sources|citations)\s*:?$/i;

function fromSuperscript(value: string): number {
  return Number([...value].map((char) => SUPERSCRIPT_DIGITS.indexOf(char)).join(""));
}

function toSuperscript(n: number): string {
  return [...String(n)].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join("");
}

interface Note {
  number: number;
  blocks: Element[];
}

interface Reference {
  style: Style;
  number: number;
  /** The text node or <sup> that holds the marker, and where in it. */
  node: Text | Element;
  parent: Element | Root;
  start: number;
  end: number;
}

export function recoverNotes(tree: Root, log: ImportLog): void {
  const blocks = tree.children;
  const region = findNotesRegion(blocks);
  const bodyEnd = region ? region.headingIndex ?? region.start : blocks.length;
  const references = findReferences(blocks.slice(0, bodyEnd), tree);

  if (!region) {
    const markers = references.filter((reference) => reference.style !== "paren");
    if (markers.length > 0) {
      const shown = [...new Set(markers.map((reference) => STYLE_LABEL[reference.style](reference.number)))].join(", ");
      log.warn(`note markers ${shown} have no notes at the end of the post; they are left as written`);
    }
    return;
  }

  // Read from a copy: the notes are only taken out of the text once they pair.
  const { notes, intro } = readNotes(structuredClone(blocks.slice(region.start, region.end)));
  const numbers = notes.map((note) => note.number);
  const unique = new Set(numbers);
  if (notes.length === 0) return;
  if (unique.size !== numbers.length) {
    log.warn(`the notes at the end number ${numbers.join(", ")}, with repeats, so they cannot be paired with their markers; they are left as written`);
    return;
  }

  const style = STYLES.find((candidate) => {
    const used = new Set(references.filter((reference) => reference.style === candidate).map((reference) => reference.number));
    return used.size === unique.size && [...unique].every((number) => used.has(number));
  });
  if (!style) {
    const best = STYLES.map((candidate) => references.filter((reference) => reference.style === candidate))
      .sort((a, b) => b.length - a.length)[0];
    const used = new Set(best.map((reference) => reference.number));
    const label = best.length > 0 ? STYLE_LABEL[best[0].style] : STYLE_LABEL.bracket;
    const withoutNote = [...used].filter((number) => !unique.has(number)).map(label);
    const withoutMarker = numbers.filter((number) => !used.has(number));
    const parts = [
      withoutNote.length > 0 ? `marker${withoutNote.length === 1 ? "" : "s"} ${withoutNote.join(", ")} ${withoutNote.length === 1 ? "has" : "have"} no note` : "",
      withoutMarker.length > 0 ? `note${withoutMarker.length === 1 ? "" : "s"} ${withoutMarker.join(", ")} ${withoutMarker.length === 1 ? "has" : "have"} no marker in the text` : "",
    ].filter(Boolean);
    log.warn(`the notes do not pair one to one with their markers (${parts.join("; ")}); markers and notes are left as written`);
    return;
  }

  replaceReferences(references.filter((reference) => reference.style === style));
  const notesElement = h(
    NOTES_TAG,
    {},
    notes.map((note) => h(NOTE_TAG, { number: note.number }, note.blocks)),
  );
  blocks.splice(bodyEnd, region.end - bodyEnd, ...intro, notesElement);
  // A divider that only set the notes apart would now end the essay; the site sets footnotes apart itself.
  const before = blocks.indexOf(notesElement) - 1;
  if (intro.length === 0 && isElement(blocks[before], "hr") && blocks.indexOf(notesElement) === blocks.length - 1) blocks.splice(before, 1);
  log.notesRecovered = notes.length;
}

/** Where the notes are: after a heading like "Notes", or a run of numbered paragraphs ending the post. */
function findNotesRegion(blocks: RootContent[]): { headingIndex?: number; start: number; end: number } | undefined {
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index];
    const level = headingLevel(block) ?? (isStandaloneEmphasis(block) ? 7 : undefined);
    if (level === undefined || !NOTES_HEADING.test(plainText(block as Element))) continue;
    let end = index + 1;
    while (end < blocks.length) {
      const next = headingLevel(blocks[end]);
      if ((next !== undefined && next <= level) || isElement(blocks[end], "hr")) break;
      end++;
    }
    return { headingIndex: index, start: index + 1, end };
  }
  let start = blocks.length;
  while (start > 0 && isNoteShaped(blocks[start - 1])) start--;
  return start < blocks.length ? { start, end: blocks.length } : undefined;
}

/** A paragraph that is only bold or italic words: how many posts write a small heading. */
function isStandaloneEmphasis(block: RootContent): boolean {
  if (!isElement(block, "p")) return false;
  const content = block.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  return content.length === 1 && isElement(content[0]) && ["strong", "b", "em", "i"].includes(content[0].tagName);
}

function isNoteShaped(block: RootContent): boolean {
  if (isElement(block, "p")) return leadingNumber(block.children) !== undefined;
  if (isElement(block, "ol") || isElement(block, "ul")) {
    const items = block.children.filter((child): child is Element => isElement(child, "li"));
    return items.length > 0 && items.every((item) => leadingNumber(item.children) !== undefined);
  }
  return false;
}

function readNotes(region: RootContent[]): { notes: Note[]; intro: RootContent[] } {
  const notes: Note[] = [];
  const intro: RootContent[] = [];
  const add = (number: number, content: ElementContent[]) => notes.push({ number, blocks: [h("p", {}, trimEdges(content))] });
  for (const block of region) {
    if (isElement(block, "ol") || isElement(block, "ul")) {
      const first = Number(block.properties.start ?? 1);
      block.children
        .filter((child): child is Element => isElement(child, "li"))
        .forEach((item, position) => {
          const number = takeLeadingNumber(item.children) ?? (block.tagName === "ol" ? first + position : undefined);
          if (number === undefined) notes.at(-1)?.blocks.push(h("p", {}, item.children));
          else add(number, item.children);
        });
      continue;
    }
    if (!isElement(block, "p")) {
      (notes.length > 0 ? notes.at(-1)!.blocks : intro).push(block as Element);
      continue;
    }
    const lines = splitLines(block.children);
    const numbered = lines.filter((line) => leadingNumber(line) !== undefined);
    if (numbered.length > 1 && numbered.length === lines.filter((line) => plainText(h("p", {}, line)) !== "").length) {
      for (const line of lines) {
        const number = takeLeadingNumber(line);
        if (number !== undefined) add(number, line);
      }
      continue;
    }
    const number = takeLeadingNumber(block.children);
    if (number !== undefined) add(number, block.children);
    else (notes.length > 0 ? notes.at(-1)!.blocks : intro).push(block);
  }
  return { notes, intro };
}

function splitLines(children: ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  for (const child of children) {
    if (isElement(child, "br")) lines.push([]);
    else lines.at(-1)!.push(child);
  }
  return lines;
}

/** The first text node of a line, looking inside bold and italic, with its container. */
function firstText(children: ElementContent[]): { node: Text; container: ElementContent[]; wrapper?: Element } | undefined {
  for (const child of children) {
    if (child.type === "text") {
      if (child.value.trim() === "") continue;
      return { node: child, container: children };
    }
    if (isElement(child) && ["strong", "b", "em", "i", "span"].includes(child.tagName)) {
      const inner = firstText(child.children);
      return inner ? { ...inner, wrapper: inner.wrapper ?? child } : undefined;
    }
    return undefined;
  }
  return undefined;
}

function firstContent(children: ElementContent[]): ElementContent | undefined {
  return children.find((child) => !(child.type === "text" && child.value.trim() === ""));
}

function supNumber(node: ElementContent | undefined): number | undefined {
  if (!isElement(node, "sup")) return undefined;
  const match = /^\[?\(?(\d{1,3})\)?\]?$/.exec(plainText(node));
  return match ? Number(match[1]) : undefined;
}

function leadingNumber(children: ElementContent[]): number | undefined {
  const sup = supNumber(firstContent(children));
  if (sup !== undefined) return sup;
  const first = firstText(children);
  const match = first && LEADING_MARKER.exec(first.node.value);
  if (!match) return undefined;
  return match[4] ? fromSuperscript(match[4]) : Number(match[1] ?? match[2] ?? match[3]);
}

/** Reads a line's own number and removes it from the line. */
function takeLeadingNumber(children: ElementContent[]): number | undefined {
  const number = leadingNumber(children);
  if (number === undefined) return undefined;
  const firstNode = firstContent(children)!;
  if (supNumber(firstNode) !== undefined) {
    children.splice(children.indexOf(firstNode), 1);
    return number;
  }
  const first = firstText(children)!;
  first.node.value = first.node.value.replace(LEADING_MARKER, "");
  if (first.node.value === "" && first.wrapper && plainText(first.wrapper) === "") children.splice(children.indexOf(first.wrapper), 1);
  return number;
}

function trimEdges(children: ElementContent[]): ElementContent[] {
  const result = [...children];
  while (result.length > 0 && (isElement(result[0], "br") || (result[0].type === "text" && result[0].value.trim() === ""))) result.shift();
  while (result.length > 0 && (isElement(result.at(-1), "br") || (result.at(-1)!.type === "text" && (result.at(-1) as Text).value.trim() === ""))) result.pop();
  if (result[0]?.type === "text") result[0] = text(result[0].value.trimStart());
  return result;
}

/** Every marker in the body's text, of every style; never inside code. */
function findReferences(blocks: RootContent[], tree: Root): Reference[] {
  const references: Reference[] = [];
  const walk = (node: Element | Root) => {
    for (const child of node.children) {
      if (isElement(child)) {
        if (child.tagName === "pre" || child.tagName === "code") continue;
        const sup = supNumber(child);
        if (sup !== undefined) {
          references.push({ style: "sup", number: sup, node: child, parent: node, start: 0, end: 0 });
          continue;
        }
        walk(child);
      } else if (child.type === "text") {
        for (const style of ["superscript", "bracket", "paren"] as const) {
          for (const match of child.value.matchAll(IN_TEXT[style])) {
            const number = style === "superscript" ? fromSuperscript(match[0]) : Number(match[1]);
            references.push({ style, number, node: child, parent: node, start: match.index, end: match.index + match[0].length });
          }
        }
      }
    }
  };
  walk({ ...tree, children: blocks });
  return references;
}

function replaceReferences(references: Reference[]) {
  const byNode = new Map<Text | Element, Reference[]>();
  for (const reference of references) byNode.set(reference.node, [...(byNode.get(reference.node) ?? []), reference]);
  for (const [node, found] of byNode) {
    const parent = found[0].parent;
    const index = parent.children.indexOf(node as never);
    const marker = (number: number) => h(NOTE_REF_TAG, { number }, []);
    if (node.type === "element") {
      parent.children.splice(index, 1, marker(found[0].number));
      continue;
    }
    const pieces: ElementContent[] = [];
    let at = 0;
    for (const reference of found.sort((a, b) => a.start - b.start)) {
      if (reference.start > at) pieces.push(text(node.value.slice(at, reference.start)));
      pieces.push(marker(reference.number));
      at = reference.end;
    }
    if (at < node.value.length) pieces.push(text(node.value.slice(at)));
    parent.children.splice(index, 1, ...(pieces as never[]));
  }
}
