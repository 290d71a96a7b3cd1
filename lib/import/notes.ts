import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { h, headingLevel, isElement, plainText, text } from "./hast";
import type { ImportLog } from "./log";

/**
 * Recovers an essay's notes. Posts on platforms without footnotes mark a note
 * in the text as [1], (1), ¹ or <sup>1</sup> and list the notes together: as
 * paragraphs, as list items, or as lines of one paragraph; under a heading
 * like "Notes", in a section of their own between dividers, or closing the
 * post, often with a paragraph or two after them ("Originally published at …").
 * A note may run on over several paragraphs, and the markers need not be
 * written like the notes' own numbers (¹ in the text, [1] before the note).
 *
 * When the markers and the notes pair one to one they are marked here (as
 * NOTE_REF_TAG and NOTES_TAG elements) for the conversion to turn into
 * footnotes; when they do not, the text stays as written and the log names the
 * markers without a note and the notes without a marker, because a wrong
 * pairing would put words in an author's mouth.
 */

export const NOTE_REF_TAG = "import-note-ref";
export const NOTES_TAG = "import-notes";
export const NOTE_TAG = "import-note";

type Style = "sup" | "superscript" | "bracket" | "paren";
const STYLE_LABEL: Record<Style, (n: number) => string> = {
  sup: (n) => `<sup>${n}</sup>`,
  superscript: (n) => toSuperscript(n),
  bracket: (n) => `[${n}]`,
  paren: (n) => `(${n})`,
};
/**
 * The ways markers may be read, in order of preference: one style alone, then
 * raised digits of either kind, then raised digits and brackets together (a
 * writer who typed ¹ and ² but had no key for ⁴ wrote [4]). Numbers in
 * parentheses are read only alone: "(1) wait, or (2) act" is a list in prose.
 */
const READINGS: Style[][] = [["sup"], ["superscript"], ["bracket"], ["paren"], ["sup", "superscript"], ["sup", "superscript", "bracket"]];

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
/**
 * How a paragraph after the notes says it is not one of them: a label
 * ("Note:", "Update:", "P.S."), where the post first appeared, a sign-off
 * after a dash. Anything else after a note, up to a divider or a heading,
 * continues it.
 */
const CLOSING_WORDS =
  /^(?:(?:note|update|edit|editor['’]s note|p\.?\s?s|postscript|disclaimer|disclosure|correction|acknowledge?ments?)\s*[:.—–-]|(?:originally|first) (?:published|posted)\b|cross-?posted\b|this (?:essay|post|article|piece|story) (?:was|is|first|originally)\b|[—–]\s*\S)/i;

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

/** Where a post's notes may be: its blocks from `start` to `end`, after a notes heading at `headingIndex` if it has one. */
interface Region {
  headingIndex?: number;
  start: number;
  end: number;
}

export function recoverNotes(tree: Root, log: ImportLog): void {
  const blocks = tree.children;
  const regions = findNotesRegions(blocks);
  let failure: { region: Region; message: string; found: number; markersWithoutNote: string[]; notesWithoutMarker: number[] } | undefined;

  for (const region of regions) {
    const bodyEnd = region.headingIndex ?? region.start;
    // Read from a copy: the notes are only taken out of the text once they pair.
    const { notes, intro, listItems } = readNotes(structuredClone(blocks.slice(region.start, region.end)));
    if (notes.length === 0) continue;
    const numbers = notes.map((note) => note.number);
    const references = findReferences(blocks.slice(0, bodyEnd), tree);
    if (new Set(numbers).size !== numbers.length) {
      failure ??= {
        region,
        found: notes.length,
        message: `the notes number ${numbers.join(", ")}, with repeats, so they cannot be paired with their markers; they are left as written`,
        markersWithoutNote: [],
        notesWithoutMarker: [],
      };
      continue;
    }
    const paired = pairReferences(references, numbers);
    if ("unpaired" in paired) {
      const { markersWithoutNote, notesWithoutMarker } = paired.unpaired;
      const parts = [
        markersWithoutNote.length > 0 ? `marker${markersWithoutNote.length === 1 ? "" : "s"} ${markersWithoutNote.join(", ")} ${markersWithoutNote.length === 1 ? "has" : "have"} no note` : "",
        notesWithoutMarker.length > 0 ? `note${notesWithoutMarker.length === 1 ? "" : "s"} ${notesWithoutMarker.join(", ")} ${notesWithoutMarker.length === 1 ? "has" : "have"} no marker in the text` : "",
      ].filter(Boolean);
      // Paragraphs numbered 1. or (1) with no marker in the text are a list in prose; notes say so by a heading, by [1] or ¹, or by markers in the text.
      const saysNotes = region.headingIndex !== undefined || references.some((reference) => reference.style !== "paren") || looksLikeNote(blocks[region.start]);
      if (saysNotes) failure ??= { region, found: notes.length, message: `the notes do not pair one to one with their markers (${parts.join("; ")}); markers and notes are left as written`, markersWithoutNote, notesWithoutMarker };
      continue;
    }

    replaceReferences(paired.references);
    const notesElement = h(NOTES_TAG, {}, notes.map((note) => h(NOTE_TAG, { number: note.number }, note.blocks)));
    if (region.headingIndex !== undefined) {
      const heading = blocks[region.headingIndex] as Element;
      log.replace("the notes heading (the notes are the essay's footnotes now)", plainText(heading), headingLevel(heading) !== undefined ? "headings" : undefined);
    }
    for (let item = 0; item < listItems; item++) log.replace("a note written as a list item (a footnote now)", "", "listItems");
    blocks.splice(bodyEnd, region.end - bodyEnd, ...intro, notesElement);
    // A divider that only set the notes apart would now stand next to another, or end the essay; the site sets footnotes apart itself.
    const at = blocks.indexOf(notesElement);
    if (intro.length === 0 && isElement(blocks[at - 1], "hr") && (at === blocks.length - 1 || isElement(blocks[at + 1], "hr"))) blocks.splice(at - 1, 1);
    log.notesRecovered = notes.length;
    log.notesFound = notes.length;
    return;
  }

  if (failure) {
    log.warn(failure.message);
    log.notesFound = failure.found;
    log.markersWithoutNote.push(...failure.markersWithoutNote);
    log.notesWithoutMarker.push(...failure.notesWithoutMarker);
    return;
  }
  const markers = findReferences(blocks, tree).filter((reference) => reference.style !== "paren");
  if (markers.length > 0) {
    const shown = [...new Set(markers.map((reference) => STYLE_LABEL[reference.style](reference.number)))];
    log.markersWithoutNote.push(...shown);
    log.warn(`note markers ${shown.join(", ")} have no notes in the post; they are left as written`);
  }
}

/**
 * Pairs the markers with the notes' numbers one to one, in the first reading
 * that covers every note with no marker left over. Raised digits side by side
 * (²³) are two markers when there is no note 23 but there are notes 2 and 3.
 */
function pairReferences(references: Reference[], numbers: number[]): { references: Reference[] } | { unpaired: { markersWithoutNote: string[]; notesWithoutMarker: number[] } } {
  const wanted = new Set(numbers);
  const tried = READINGS.map((styles) => {
    const chosen = references.filter((reference) => styles.includes(reference.style)).flatMap((reference) => splitRaised(reference, wanted));
    const used = new Set(chosen.map((reference) => reference.number));
    const withoutNote = chosen.filter((reference) => !wanted.has(reference.number));
    const withoutMarker = numbers.filter((number) => !used.has(number));
    return { chosen, withoutNote, withoutMarker, overlap: numbers.length - withoutMarker.length };
  });
  const exact = tried.find((reading) => reading.withoutNote.length === 0 && reading.withoutMarker.length === 0);
  if (exact) return { references: exact.chosen };
  // Name the shortfall of the reading that came closest: most notes marked, then fewest stray markers.
  const closest = [...tried].sort((a, b) => b.overlap - a.overlap || a.withoutNote.length - b.withoutNote.length)[0];
  const label = (reference: Reference) => STYLE_LABEL[reference.style](reference.number);
  return { unpaired: { markersWithoutNote: [...new Set(closest.withoutNote.map(label))], notesWithoutMarker: closest.withoutMarker } };
}

function splitRaised(reference: Reference, wanted: Set<number>): Reference[] {
  if (reference.style !== "superscript" || wanted.has(reference.number) || reference.end - reference.start < 2 || reference.node.type !== "text") return [reference];
  const digits = [...reference.node.value.slice(reference.start, reference.end)].map((char) => SUPERSCRIPT_DIGITS.indexOf(char));
  if (!digits.every((digit) => wanted.has(digit))) return [reference];
  return digits.map((digit, offset) => ({ ...reference, number: digit, start: reference.start + offset, end: reference.start + offset + 1 }));
}

/**
 * Every place the notes may be, the latest first: each section under a notes
 * heading, and each run of numbered blocks (1, 2, 3 …, with the paragraphs
 * that continue a note between them) that follows a divider, or that ends the
 * post or is followed only by closing paragraphs.
 */
function findNotesRegions(blocks: RootContent[]): Region[] {
  const regions: Region[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const level = headingLevel(block) ?? (isStandaloneEmphasis(block) ? 7 : undefined);
    if (level === undefined || !NOTES_HEADING.test(plainText(block as Element))) continue;
    let end = index + 1;
    let seenNote = false;
    while (end < blocks.length) {
      const next = headingLevel(blocks[end]);
      if ((next !== undefined && next <= level) || isElement(blocks[end], "hr") || (seenNote && isClosing(blocks[end]))) break;
      seenNote ||= isNoteShaped(blocks[end]);
      end++;
    }
    regions.push({ headingIndex: index, start: index + 1, end });
  }
  const inHeadingRegion = (index: number) => regions.some((region) => index >= region.start && index < region.end);

  for (let start = 0; start < blocks.length; start++) {
    if (!isNoteShaped(blocks[start]) || inHeadingRegion(start)) continue;
    let last = noteNumbers(blocks[start]).at(-1)!;
    let end = start + 1;
    while (end < blocks.length) {
      const block = blocks[end];
      if (isNoteShaped(block)) {
        if (noteNumbers(block)[0] !== last + 1) break;
        last = noteNumbers(block).at(-1)!;
      } else if (!continuesNote(block)) break;
      end++;
    }
    const afterDivider = start > 0 && isElement(blocks[start - 1], "hr");
    const closesPost = end === blocks.length || isClosing(blocks[end]) || (afterDivider && isElement(blocks[end], "hr"));
    if (afterDivider || closesPost) regions.push({ start, end });
    start = end - 1;
  }
  return regions.sort((a, b) => (b.headingIndex ?? b.start) - (a.headingIndex ?? a.start));
}

/** A block that opens with [1], ¹ or a raised 1, as notes do and numbered points in prose do not. */
function looksLikeNote(block: RootContent | undefined): boolean {
  if (!isElement(block)) return false;
  const children = isElement(block, "p") ? block.children : (block.children.find((child): child is Element => isElement(child, "li"))?.children ?? []);
  if (supNumber(firstContent(children)) !== undefined) return true;
  const first = firstText(children);
  return first !== undefined && new RegExp(`^\\s*(?:\\[\\d|${SUPERSCRIPT_CLASS})`, "u").test(first.node.value);
}

/** A block that can carry on a note: prose, a quote, a list or code; never a heading or a divider. */
function continuesNote(block: RootContent): boolean {
  return isElement(block) && ["p", "blockquote", "ul", "ol", "pre"].includes(block.tagName) && !isClosing(block);
}

function isClosing(block: RootContent | undefined): boolean {
  if (!isElement(block, "p") || leadingNumber(block.children) !== undefined) return false;
  return CLOSING_WORDS.test(plainText(block)) || isStandaloneEmphasis(block);
}

/** A paragraph that is only bold or italic words: how many posts write a small heading. */
function isStandaloneEmphasis(block: RootContent): boolean {
  if (!isElement(block, "p")) return false;
  const content = block.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  return content.length === 1 && isElement(content[0]) && ["strong", "b", "em", "i"].includes(content[0].tagName);
}

function isNoteShaped(block: RootContent): boolean {
  return noteNumbers(block).length > 0;
}

/** The numbers of the notes a block holds: one paragraph, its numbered lines, or a list's numbered items. */
function noteNumbers(block: RootContent): number[] {
  if (isElement(block, "p")) {
    const first = leadingNumber(block.children);
    if (first === undefined) return [];
    const lines = splitLines(block.children).filter((line) => plainText(h("p", {}, line)) !== "");
    const numbered = lines.map(leadingNumber);
    return numbered.every((number) => number !== undefined) ? (numbered as number[]) : [first];
  }
  if (isElement(block, "ol") || isElement(block, "ul")) {
    const items = block.children.filter((child): child is Element => isElement(child, "li"));
    const numbers = items.map((item) => leadingNumber(item.children));
    return items.length > 0 && numbers.every((number) => number !== undefined) ? (numbers as number[]) : [];
  }
  return [];
}

function readNotes(region: RootContent[]): { notes: Note[]; intro: RootContent[]; listItems: number } {
  const notes: Note[] = [];
  const intro: RootContent[] = [];
  let listItems = 0;
  const add = (number: number, content: ElementContent[]) => notes.push({ number, blocks: [h("p", {}, trimEdges(content))] });
  for (const block of region) {
    if (isElement(block, "ol") || isElement(block, "ul")) {
      const first = Number(block.properties.start ?? 1);
      block.children
        .filter((child): child is Element => isElement(child, "li"))
        .forEach((item, position) => {
          listItems++;
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
  return { notes, intro, listItems };
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
