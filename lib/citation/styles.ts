/**
 * The citation styles offered under "Cite this essay", in the order shown.
 * Each is an official CSL file in ./styles/, used unchanged: adding a style is
 * one file there and one entry here. A note style (its file says
 * class="note") is shown as a note and a bibliography entry, an author-date or
 * author-page style as its reference-list entry.
 */
export interface CitationStyle {
  /** The CSL file's name without `.csl`, also the id citation-js knows it by. */
  id: string;
  /** How readers know the style. */
  label: string;
}

export const CITATION_STYLES: readonly CitationStyle[] = [
  { id: "apa", label: "APA (7th edition)" },
  { id: "chicago-notes-bibliography", label: "Chicago (18th edition, notes and bibliography)" },
  { id: "modern-language-association", label: "MLA (9th edition)" },
];

/** The locale file in ./styles/ whose terms and date formats the styles use. */
export const CITATION_LOCALE = "en-US";
