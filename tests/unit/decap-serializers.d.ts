/** Decap's own Markdown serialiser (decap-cms-widget-markdown), which the editor's tests run; it ships no types. */
declare module "decap-cms-widget-markdown/dist/esm/serializers/index.js" {
  export type SlateValue = unknown[];
  export function markdownToSlate(markdown: string, options?: { voidCodeBlock?: boolean; remarkPlugins?: unknown[] }): SlateValue;
  export function slateToMarkdown(value: SlateValue, options?: { voidCodeBlock?: boolean; remarkPlugins?: unknown[] }): string;
}
