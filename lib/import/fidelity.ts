import type { Element, Nodes, Root } from "hast";
import { ACTION_STEPS_ID } from "../content/rehype-action-steps";
import { withoutTrackingParams } from "./tracking-params";

/**
 * How much of a post arrived: the share of its words and links that the
 * rendered essay keeps, and its headings, list items, quotes and code blocks
 * counted in and out. The post is measured as the platform showed it (the
 * source's `original`), the essay as a reader will see it (the compiled tree),
 * so that no step of the import is checked against itself. What the site says
 * itself is left out of the essay's side (the footnotes' label and back-links,
 * the action steps' heading), and what a step replaced on purpose is left out
 * of the post's side and named. Anything short of everything is listed with
 * the place it was in the post, for an editor to look at.
 */

export type StructureKind = "headings" | "listItems" | "quotes" | "codeBlocks";

export interface Share {
  in: number;
  kept: number;
  /** kept / in, 1 when there was nothing to keep. */
  share: number;
}

export interface Fidelity {
  words: Share;
  links: Share;
  /** `found`: how many notes the post lists, paired or not; markers in a post with none may be no markers at all (10¹², x[0]). */
  notes: { found: number; paired: number; markersWithoutNote: string[]; notesWithoutMarker: number[] };
  headings: { in: number; out: number };
  listItems: { in: number; out: number };
  quotes: { in: number; out: number };
  codeBlocks: { in: number; out: number };
  /** What a step replaced on purpose, with the words it took. */
  replaced: { what: string; words: number }[];
  /** Everything short of 100%, with where it was in the post. */
  losses: { where: string; what: string }[];
}

/** Something a step replaced on purpose: its words, and the structure it counted as (a "Notes" heading). */
export interface Replacement {
  what: string;
  text: string;
  kind?: StructureKind;
}

interface Block {
  label: string;
  words: string[];
}

interface Inventory {
  words: string[];
  blocks: Block[];
  links: { href: string; text: string; block: string; inCode: boolean }[];
  /** The text of each code block. */
  code: string[];
  headings: string[];
  counts: Record<StructureKind, number>;
}

const BLOCK_KIND: Record<string, string> = {
  p: "paragraph", h1: "heading", h2: "heading", h3: "heading", h4: "heading", h5: "heading", h6: "heading",
  li: "list item", blockquote: "quote", figcaption: "caption", pre: "code block", td: "table cell", th: "table cell", dd: "definition", dt: "term",
};
const INVISIBLE = new Set(["script", "style", "template", "noscript"]);
/** Elements inside a line of text: their edges are not word breaks (a drop cap's <span>M</span>achine is one word). */
const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"]);
/** A word: letters, marks and digits of any script, with the apostrophes inside it. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
/** Note markers, counted on neither side: a footnote's number is the site's to show. */
const MARKERS = /\[\d{1,3}\]|\(\d{1,3}\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

/**
 * The words of a text as a reader would count them: letters and digits in any
 * script, apostrophes either way, case aside. (A run of Chinese or Japanese
 * characters counts as one word; both sides are counted alike, so nothing is
 * lost or gained by it.)
 */
export function wordsOf(value: string): string[] {
  return (value.normalize("NFC").replace(MARKERS, " ").replace(/[’‘ʼ]/g, "'").toLowerCase().match(WORD) ?? []) as string[];
}

function isMarkerSup(node: Element): boolean {
  return node.tagName === "sup" && /^[\s[\]()\d]*$/.test(textOf(node));
}

function textOf(node: Nodes): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

function followable(href: unknown): string | undefined {
  if (typeof href !== "string") return undefined;
  const trimmed = href.trim();
  const absolute = trimmed.startsWith("//") ? `https:${trimmed}` : trimmed;
  if (/^mailto:/i.test(absolute)) return absolute;
  return /^https?:\/\//i.test(absolute) ? canonical(withoutTrackingParams(absolute)) : undefined;
}

/** One spelling per address: https://ru.wikipedia.org/wiki/Тако and its percent-encoded form are the same link. */
function canonical(address: string): string {
  try {
    return new URL(address).href;
  } catch {
    return address;
  }
}

/**
 * Reads a tree's words block by block, its links and its structure. `skip`
 * leaves out what the site adds; `countsAs` says which elements count as
 * which structure.
 */
function inventory(tree: Root, skip: (node: Element, ancestors: Element[]) => boolean, countsAs: (node: Element, ancestors: Element[]) => StructureKind | undefined): Inventory {
  const result: Inventory = { words: [], blocks: [], links: [], code: [], headings: [], counts: { headings: 0, listItems: 0, quotes: 0, codeBlocks: 0 } };
  const seen: Record<string, number> = {};
  // A link's block is named once the block is read to its end, with its first words.
  const links: { href: string; text: string; owner?: Block; inCode: boolean }[] = [];
  const open: { block: Block; text: string[] }[] = [];
  const walk = (node: Nodes, ancestors: Element[]) => {
    if (node.type === "text") {
      open.at(-1)?.text.push(node.value);
      return;
    }
    if (node.type === "element") {
      if (INVISIBLE.has(node.tagName) || isMarkerSup(node) || skip(node, ancestors)) return;
      const kind = countsAs(node, ancestors);
      if (kind) result.counts[kind]++;
      if (kind === "headings") result.headings.push(textOf(node).replace(/\s+/g, " ").trim());
      if (node.tagName === "br") open.at(-1)?.text.push("\n");
      const blockKind = BLOCK_KIND[node.tagName];
      if (blockKind) {
        seen[blockKind] = (seen[blockKind] ?? 0) + 1;
        open.push({ block: { label: `${blockKind} ${seen[blockKind]}`, words: [] }, text: [] });
      } else if (open.length > 0 && !INLINE.has(node.tagName)) {
        open.at(-1)!.text.push(" ");
      }
      if (node.tagName === "pre") result.code.push(textOf(node));
      if (node.tagName === "a") {
        const href = followable(node.properties.href);
        const inCode = ancestors.some((ancestor) => ancestor.tagName === "pre");
        if (href) links.push({ href, text: textOf(node).replace(/\s+/g, " ").trim(), owner: open.at(-1)?.block, inCode });
      }
      node.children.forEach((child) => walk(child, [...ancestors, node]));
      if (blockKind) {
        const done = open.pop()!;
        const text = done.text.join("");
        done.block.words = wordsOf(text);
        const preview = text.replace(/\s+/g, " ").trim();
        done.block.label += preview ? ` (“${preview.length > 60 ? `${preview.slice(0, 60).trimEnd()}…` : preview}”)` : "";
        if (done.block.words.length > 0) result.blocks.push(done.block);
        result.words.push(...done.block.words);
        if (open.length > 0) open.at(-1)!.text.push(" ");
      } else if (open.length > 0 && !INLINE.has(node.tagName)) {
        open.at(-1)!.text.push(" ");
      }
      return;
    }
    if ("children" in node) for (const child of node.children) walk(child as Nodes, ancestors);
  };
  // Words outside any block (a bare text node at the top) still count, as a paragraph of their own.
  for (const child of tree.children) {
    if (child.type === "text") {
      const words = wordsOf(child.value);
      if (words.length > 0) {
        result.blocks.push({ label: `text (“${child.value.trim().slice(0, 60)}”)`, words });
        result.words.push(...words);
      }
    } else walk(child as Nodes, []);
  }
  result.links = links.map(({ owner, ...link }) => ({ ...link, block: owner?.label ?? "the post" }));
  return result;
}

const HEADING = /^h[1-6]$/;

/** The post as the platform showed it. A quote inside a figure is an embed's (a tweet's), not the author's. */
export function measurePost(original: Root) {
  return inventory(
    original,
    () => false,
    (node, ancestors) => {
      if (HEADING.test(node.tagName)) return "headings";
      if (node.tagName === "li") return "listItems";
      if (node.tagName === "blockquote" && !ancestors.some((ancestor) => ancestor.tagName === "figure")) return "quotes";
      if (node.tagName === "pre") return "codeBlocks";
      return undefined;
    },
  );
}

/** The essay as a reader sees it, without what the site adds. */
export function measureEssay(tree: Root) {
  const isFootnotes = (node: Element) => node.tagName === "section" && node.properties.dataFootnotes !== undefined;
  return inventory(
    tree,
    (node) =>
      node.properties.id === "footnote-label" ||
      node.properties.id === ACTION_STEPS_ID ||
      node.properties.dataFootnoteBackref !== undefined ||
      node.properties.dataFootnoteRef !== undefined,
    (node, ancestors) => {
      if (HEADING.test(node.tagName)) return "headings";
      if (node.tagName === "li") {
        const listClass = ancestors.at(-1)?.properties.className;
        const isStep = Array.isArray(listClass) && listClass.includes("action-step-list");
        return ancestors.some(isFootnotes) || isStep ? undefined : "listItems";
      }
      if (node.tagName === "blockquote") return "quotes";
      if (node.tagName === "pre") return "codeBlocks";
      return undefined;
    },
  );
}

/**
 * Whether a link's words are what the address was made from, as when a
 * platform links every address (or @name) it finds in code.
 */
function spellsAddress(words: string, href: string): boolean {
  const bare = (value: string) => value.trim().toLowerCase().replace(/^[a-z]+:\/\//, "").replace(/\/+$/, "");
  const mention = /^@(\w+)$/.exec(words.trim());
  return words.trim() !== "" && (bare(words) === bare(href) || (mention !== null && bare(href).endsWith(`/${mention[1].toLowerCase()}`)));
}

function bag(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

const share = (kept: number, total: number): Share => ({ in: total, kept, share: total === 0 ? 1 : kept / total });

export function compareFidelity(
  post: ReturnType<typeof measurePost>,
  essay: ReturnType<typeof measureEssay>,
  { replaced = [], notes }: { replaced?: Replacement[]; notes: Fidelity["notes"] },
): Fidelity {
  const losses: Fidelity["losses"] = [];
  // Words: what the essay holds of each word of the post, however often it occurs, once the replaced words are set aside.
  const postWords = bag(post.words);
  for (const replacement of replaced) {
    for (const word of wordsOf(replacement.text)) if ((postWords.get(word) ?? 0) > 0) postWords.set(word, postWords.get(word)! - 1);
  }
  const essayWords = bag(essay.words);
  let total = 0;
  let kept = 0;
  for (const [word, count] of postWords) {
    total += count;
    kept += Math.min(count, essayWords.get(word) ?? 0);
  }
  // Where: each block of the post whose words do not run on in the essay as they did, with the words the essay lacks.
  const essayText = ` ${essay.words.join(" ")} `;
  const available = new Map(essayWords);
  const replacedWords = bag(replaced.flatMap((replacement) => wordsOf(replacement.text)));
  for (const block of post.blocks) {
    if (essayText.includes(` ${block.words.join(" ")} `)) continue;
    const missing: string[] = [];
    for (const word of block.words) {
      if ((available.get(word) ?? 0) > 0) available.set(word, available.get(word)! - 1);
      else if ((replacedWords.get(word) ?? 0) > 0) replacedWords.set(word, replacedWords.get(word)! - 1);
      else missing.push(word);
    }
    if (missing.length > 0) losses.push({ where: block.label, what: `${missing.length} of its ${block.words.length} words are missing: ${missing.slice(0, 12).join(" ")}${missing.length > 12 ? " …" : ""}` });
  }

  const essayLinks = new Set(essay.links.map((link) => link.href));
  const postLinks = new Map<string, (typeof post.links)[number]>();
  for (const link of post.links) if (!postLinks.has(link.href)) postLinks.set(link.href, link);
  let linksKept = 0;
  const essayCode = essay.code.join("\n");
  for (const [href, link] of postLinks) {
    if (essayLinks.has(href)) linksKept++;
    // Code keeps its text exactly and holds no links: an address the platform made a link of inside code is still there, as text.
    else if (link.inCode && spellsAddress(link.text, href) && essayCode.includes(link.text)) linksKept++;
    else losses.push({ where: link.block, what: `the link “${link.text || href}” to ${href} is missing` });
  }

  if (notes.markersWithoutNote.length > 0 && notes.found === 0) {
    losses.push({ where: "the notes", what: `${notes.markersWithoutNote.join(", ")} ${notes.markersWithoutNote.length === 1 ? "looks like a note marker" : "look like note markers"}, but the post lists no notes; left as written (a marker needs its note written by hand; an exponent or an index needs nothing)` });
  } else if (notes.markersWithoutNote.length > 0) {
    losses.push({ where: "the notes", what: `marker${notes.markersWithoutNote.length === 1 ? "" : "s"} ${notes.markersWithoutNote.join(", ")} without a note, so no marker became a footnote` });
  }
  if (notes.notesWithoutMarker.length > 0) losses.push({ where: "the notes", what: `note${notes.notesWithoutMarker.length === 1 ? "" : "s"} ${notes.notesWithoutMarker.join(", ")} without a marker in the text, so no note became a footnote` });

  const replacedCount = (kind: StructureKind) => replaced.filter((replacement) => replacement.kind === kind).length;
  const structure = (kind: StructureKind) => ({ in: post.counts[kind] - replacedCount(kind), out: essay.counts[kind] });
  const headings = structure("headings");
  if (headings.out < headings.in) {
    const remaining = [...essay.headings];
    const replacedHeadings = replaced.filter((replacement) => replacement.kind === "headings").map((replacement) => replacement.text);
    for (const heading of post.headings) {
      const at = remaining.indexOf(heading);
      if (at >= 0) remaining.splice(at, 1);
      else if (replacedHeadings.includes(heading)) replacedHeadings.splice(replacedHeadings.indexOf(heading), 1);
      else losses.push({ where: `heading “${heading}”`, what: "is no longer a heading" });
    }
  }
  const named: Record<StructureKind, string> = { headings: "headings", listItems: "list items", quotes: "quotes", codeBlocks: "code blocks" };
  for (const kind of ["headings", "listItems", "quotes", "codeBlocks"] as const) {
    const counted = structure(kind);
    if (counted.out !== counted.in) losses.push({ where: "the whole post", what: `${named[kind]}: ${counted.in} in, ${counted.out} out` });
  }

  return {
    words: share(kept, total),
    links: share(linksKept, postLinks.size),
    notes,
    headings,
    listItems: structure("listItems"),
    quotes: structure("quotes"),
    codeBlocks: structure("codeBlocks"),
    replaced: replaced.map((replacement) => ({ what: replacement.what, words: wordsOf(replacement.text).length })),
    losses,
  };
}

/** Whether nothing was lost: every word and link kept, every note paired, every structure in and out. */
export function isWhole(fidelity: Fidelity): boolean {
  return fidelity.losses.length === 0;
}
