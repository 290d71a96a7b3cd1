import { bibtexFile, risFile } from "./citations";
import type { CslItem } from "./essay-item";
import type { CitationFileExtension } from "./file-types";

/**
 * What each citation file holds. BibTeX is written in biblatex's dialect
 * (@online), which keeps the name of the publication and the full date;
 * Zotero, JabRef and Mendeley read it.
 */
export const CITATION_FILE_WRITERS: Record<CitationFileExtension, (item: CslItem) => string> = {
  bib: bibtexFile,
  ris: risFile,
  json: (item) => `${JSON.stringify([item], null, 2)}\n`,
};
