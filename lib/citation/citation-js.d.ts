/**
 * citation-js ships no type declarations; these describe the small part of its
 * API the site uses (Cite, the plugin config registry, the name parser).
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
