import { readFileSync } from "node:fs";
import path from "node:path";
import { Cite } from "@citation-js/core";
import CSL, { type CiteprocEngine } from "citeproc";
import type { CslItem } from "./essay-item";
import { CITATION_LOCALE, CITATION_STYLES, type CitationStyle } from "./styles";

/**
 * One citeproc engine per style, built once per process from the committed
 * style and locale files, and given one item at a time.
 *
 * citation-js's formatter (`new Cite(item).format("bibliography", ...)`) calls
 * the same citeproc with the same files, but each of its calls first empties
 * the engine's registry and fills it again, and a note is made by rebuilding
 * the processor's whole state. An essay's four forms cost it 25–29 ms; here
 * the engine takes the item once per style, and both forms are read from that
 * (15–20 ms, 300 essays, 2026-12-02). tests/unit/citation.test.ts holds the two
 * ways to the same HTML on varied items, so the change saves time and changes
 * nothing readers see.
 */
/** The committed CSL styles and locale; their bytes are also part of the citation cache's key. */
export const STYLES_DIR = path.join(process.cwd(), "lib", "citation", "styles");

export interface StyleForms {
  style: CitationStyle;
  /** A note style's note for the item (first reference, full form); absent for author-date styles. */
  note?: string;
  /** The bibliography or reference-list entry, as citeproc's bibliography HTML. */
  bibliography: string;
}

interface StyleEngine {
  style: CitationStyle;
  isNoteStyle: boolean;
  engine: CiteprocEngine;
}

let engines: StyleEngine[] | undefined;
/** The one item the engines may ask for: set before each use, as citeproc reads items through a callback. */
let current: Record<string, unknown> | undefined;

function styleEngines(): StyleEngine[] {
  if (engines) return engines;
  const locale = readFileSync(path.join(STYLES_DIR, `locales-${CITATION_LOCALE}.xml`), "utf8");
  const sys = {
    // As citation-js answers: the committed locale for its name (either spelling), no other.
    retrieveLocale: (name: string) => (name === CITATION_LOCALE || name.replace("-", "_") === CITATION_LOCALE.replace("-", "_") ? locale : {}),
    retrieveItem: (id: string) => {
      if (current?.id !== id) throw new Error(`citeproc asked for the item "${id}", which is not the one being cited`);
      return current;
    },
  };
  engines = CITATION_STYLES.map((style) => {
    const xml = readFileSync(path.join(STYLES_DIR, `${style.id}.csl`), "utf8");
    const engine = new CSL.Engine(sys, xml, CITATION_LOCALE, true);
    engine.setOutputFormat("html");
    // Addresses stay text: the page links the essay itself, and a citation is copied as it reads.
    engine.opt.development_extensions.wrap_url_and_doi = false;
    return { style, isNoteStyle: /<style\b[^>]*\sclass="note"/.test(xml), engine };
  });
  return engines;
}

/** The item's forms in every style, in the order of CITATION_STYLES. */
export function styleForms(item: CslItem): StyleForms[] {
  // citation-js's own clean-up of CSL-JSON, so citeproc sees the item exactly as citation-js would give it.
  const [data] = new Cite(item).format("data", { format: "object" }) as unknown as Record<string, unknown>[];
  current = data;
  try {
    return styleEngines().map(({ style, isNoteStyle, engine }) => {
      // Only this item in the registry: nothing to disambiguate against and no earlier reference, as on its own page.
      engine.updateItems([data.id as string]);
      const [meta, entries] = engine.makeBibliography();
      return {
        style,
        ...(isNoteStyle ? { note: engine.makeCitationCluster([{ id: data.id as string }]) } : {}),
        bibliography: meta.bibstart + entries.join("") + meta.bibend,
      };
    });
  } finally {
    current = undefined;
  }
}
