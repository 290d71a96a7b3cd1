import { readdirSync } from "node:fs";
import path from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { Root } from "hast";
import { toString } from "hast-util-to-string";
import { buildCacheDir, buildCacheKey, hasBuildCache, readBuildCache, writeBuildCache } from "../build-cache";
import { citationTree } from "./citation-tree";
import type { CslItem } from "./essay-item";
import { STYLES_DIR, styleForms } from "./style-engines";
import type { CitationStyle } from "./styles";

/**
 * Citations made at build time by citeproc-js (./style-engines.ts) from the
 * official CSL styles in ./styles/, and downloads written by citation-js.
 * Nothing here knows what a style looks like: every comma and italic comes
 * from the style files.
 */

export type CitationKind = "note" | "bibliography";

export interface CitationForm {
  kind: CitationKind;
  /** The citation as citeproc formatted it, checked: text with <i>, <b> and the like. */
  tree: Root;
  /** The same as plain text. */
  text: string;
}

export interface FormattedCitation {
  style: CitationStyle;
  forms: CitationForm[];
}

/**
 * Citations made lately, by their item. citeproc takes tens of milliseconds
 * for an essay's forms, and while an editor writes, every reload of the essay
 * asks again for the same item: it changes only with the title, authors or date.
 */
const recentCitations = new Map<string, FormattedCitation[]>();
const RECENT_CITATIONS_KEPT = 32;

/**
 * citeproc's output depends on nothing but the item, this code, the styles and
 * the libraries' versions, so a build keeps it on disk for the next: a build
 * after editing one essay formats that essay's citations alone.
 */
const CITATION_CACHE = "reframe-citations";

let citationSources: string[] | undefined;

/** The cache key of an item's citations: the item, and what formats it (read once per process). */
function citationCacheKey(item: string): string | undefined {
  citationSources ??= [
    "lib/citation/citations.ts",
    "lib/citation/style-engines.ts",
    "lib/citation/citation-tree.ts",
    "lib/citation/styles.ts",
    "package-lock.json",
    ...readdirSync(STYLES_DIR)
      .sort()
      .map((name) => path.join("lib", "citation", "styles", name)),
  ];
  return buildCacheKey(citationSources, item);
}

/** Each style's citation of the item: a note and a bibliography entry for note styles, the reference-list entry otherwise. */
export function formatCitations(item: CslItem): FormattedCitation[] {
  const key = JSON.stringify(item);
  let citations = recentCitations.get(key);
  if (citations) recentCitations.delete(key);
  else citations = storedOrFormatted(item, key);
  recentCitations.set(key, citations);
  if (recentCitations.size > RECENT_CITATIONS_KEPT) recentCitations.delete(recentCitations.keys().next().value!);
  return citations;
}

/** Whether a build has formatted this item's citations with this code already. */
export function hasStoredCitations(item: CslItem): boolean {
  return hasBuildCache(buildCacheDir(CITATION_CACHE), citationCacheKey(JSON.stringify(item)));
}

/** From the build cache when an earlier build formatted the same item with the same code, else from citeproc, then stored. */
function storedOrFormatted(item: CslItem, key: string): FormattedCitation[] {
  const dir = buildCacheDir(CITATION_CACHE);
  const cacheKey = citationCacheKey(key);
  const stored = readBuildCache(dir, cacheKey);
  if (stored) {
    try {
      return JSON.parse(stored.toString("utf8")) as FormattedCitation[];
    } catch {
      // A damaged entry is formatted again and replaced.
    }
  }
  const citations = formatWithCiteproc(item);
  writeBuildCache(dir, cacheKey, JSON.stringify(citations));
  return citations;
}

function formatWithCiteproc(item: CslItem): FormattedCitation[] {
  return styleForms(item).map(({ style, note, bibliography }) => ({
    style,
    forms: [...(note === undefined ? [] : [citationForm("note", note)]), citationForm("bibliography", bibliography)],
  }));
}

function citationForm(kind: CitationKind, html: string): CitationForm {
  const tree = citationTree(html.trim());
  return { kind, tree, text: toString(tree) };
}

/** The item as biblatex, written by citation-js's BibTeX plugin. */
export function bibtexFile(item: CslItem): string {
  return new Cite(item).format("biblatex");
}

/** RIS dates are YYYY/MM/DD/: citation-js writes June as 6, which the specification's two digits make 06. */
function risDate(value: string): string {
  return value.replace(/^(\d{4})\/(\d{1,2})\/(\d{1,2})\//, (_, year: string, month: string, day: string) => `${year}/${month.padStart(2, "0")}/${day.padStart(2, "0")}/`);
}

/**
 * The item as RIS. citation-js maps the fields; its text writer breaks every
 * value after 70 characters, in the middle of a word, and importers (its own
 * parser too) join the pieces with a space ("re ckons"), so each tag is written
 * on one line here, as the RIS specification allows, with its CRLF line ends.
 */
export function risFile(item: CslItem): string {
  const [entry] = new Cite(item).format("ris", { format: "object" }) as unknown as Record<string, string | string[]>[];
  const { TY: type, ...tags } = entry;
  const lines = [`TY  - ${type}`];
  for (const [tag, values] of Object.entries(tags)) for (const value of [values].flat()) lines.push(`${tag}  - ${tag === "DA" ? risDate(value) : value}`);
  lines.push("ER  - ");
  return `${lines.join("\r\n")}\r\n`;
}
