/**
 * citation-js and citeproc-js ship no type declarations; these describe the
 * small part of their APIs the site uses (Cite, the plugin config registry,
 * the name parser, citeproc's engine).
 */
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(plugin: "@csl"): { styles: { add(id: string, xml: string): void }; locales: { add(id: string, xml: string): void } };
    };
  };
}

declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";

declare module "@citation-js/name" {
  export function parse(name: string): Record<string, string>;
}

/** citeproc-js, the CSL processor under citation-js: the calls lib/citation/style-engines.ts makes. */
declare module "citeproc" {
  interface CiteprocSys {
    retrieveLocale(name: string): string | object;
    retrieveItem(id: string): unknown;
  }
  export class CiteprocEngine {
    constructor(sys: CiteprocSys, style: string, lang: string, forceLang: boolean);
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: "html" | "text" | "rtf"): void;
    updateItems(ids: string[]): string[];
    makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
    makeCitationCluster(items: { id: string }[]): string;
  }
  const CSL: { Engine: typeof CiteprocEngine };
  export default CSL;
}
