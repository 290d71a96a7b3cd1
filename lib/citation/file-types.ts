/**
 * The citation files each essay has, at /articles/<slug>/cite.<extension>,
 * and the media type each is served with. Plain data, so the static hosts'
 * configuration can name the types without loading the citation engine.
 */
export const CITATION_FILE_TYPES = {
  bib: { label: "BibTeX", contentType: "application/x-bibtex; charset=utf-8" },
  ris: { label: "RIS", contentType: "application/x-research-info-systems; charset=utf-8" },
  json: { label: "CSL-JSON", contentType: "application/vnd.citationstyles.csl+json; charset=utf-8" },
} as const;

export type CitationFileExtension = keyof typeof CITATION_FILE_TYPES;

export const CITATION_FILE_EXTENSIONS = Object.keys(CITATION_FILE_TYPES) as CitationFileExtension[];
