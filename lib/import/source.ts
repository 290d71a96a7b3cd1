import type { Root } from "hast";

/**
 * A post as every source hands it to the shared import: the fields the essay's
 * frontmatter needs, and the body as plain HTML with the platform's own markup
 * already translated. A new platform (Substack, WordPress, Ghost) is a module
 * that reads its export into these; everything after is shared.
 *
 * The body uses only: p, h2 and h3, blockquote, ul/ol/li, pre>code (a
 * `language-x` class for the language), figure with img and figcaption, hr,
 * a, strong, em, code, br, sup; embeds may stay as figures holding an iframe
 * or a script, which the shared clean-up turns into links.
 */
export interface SourcePost {
  /** Where the post came from, for the report: a path, or archive.zip:entry. */
  source: string;
  title: string;
  subtitle?: string;
  /** The UTC day it was published, like 2020-06-17. */
  published?: string;
  authorName?: string;
  /** The author's page on the platform, kept as a link on a new author page. */
  authorUrl?: string;
  /** Where it was published; becomes `originalUrl`. */
  originalUrl?: string;
  draft: boolean;
  /** The slug the essay should have, before clashes are resolved. */
  slug: string;
  body: Root;
  /**
   * The body as the platform showed it, before the source translated it, with
   * only what is not the essay taken out (the title and subtitle it repeats);
   * what the import's fidelity figures are measured against. Without it, the
   * body is.
   */
  original?: Root;
  /** Words in the post as the platform showed it. */
  wordsIn: number;
  /** What the source noticed while reading it. */
  warnings: string[];
  /** Link cards the source already turned into links. */
  embedsLinked: number;
}

/** A file in the export that is not an essay, with the reason, for the report. */
export interface SkippedSource {
  source: string;
  reason: string;
}
