/**
 * A remark plugin for Decap's rich-text mode (registered with
 * `CMS.registerRemarkPlugin`). Decap writes the rich-text editor's text back
 * to Markdown with remark-stringify 6, whose text visitor it replaces with one
 * that escapes nothing, so `a < b` and `{x}` typed there reach the file as
 * they are. MDX reads `<` as the start of an element and `{` as the start of
 * code, and the check then refuses the file. This puts the escapes back where
 * the text is written, so the file says `a \< b` and `\{x}`, which the site
 * shows as typed, whatever else the writer did.
 *
 * Decap runs its plugins when it reads Markdown too; there is nothing to do
 * then (the parser removes the escapes, as it should), and no compiler to find.
 */

type Visitor = ((this: unknown, node: { value?: string; url?: string; children?: unknown[] }, parent?: unknown) => string) & { [ESCAPES]?: true };
interface StringifyProcessor {
  Compiler?: { prototype: { visitors: Record<string, Visitor> } };
}

const ESCAPES = Symbol("escapes MDX text");

export function escapeMdxText(text: string): string {
  return text.replace(/[<{]/g, "\\$&");
}

export function remarkEscapeMdxText(this: StringifyProcessor) {
  const visitors = this.Compiler?.prototype.visitors;
  if (!visitors) return;
  // The visitors are shared by every processor, and Decap resets `text` before each use; wrap it once.
  const text = visitors.text;
  if (text && !text[ESCAPES]) {
    const escaping: Visitor = function (node, parent) {
      return escapeMdxText(text.call(this, node, parent));
    };
    escaping[ESCAPES] = true;
    visitors.text = escaping;
  }
  // remark-stringify writes a link whose text is its address as <address>, which MDX reads as an element.
  const link = visitors.link;
  if (link && !link[ESCAPES]) {
    const bracketed: Visitor = function (node, parent) {
      const written = link.call(this, node, parent);
      return /^<[^>]*>$/.test(written) && node.url ? `[${escapeMdxText(node.url)}](${node.url})` : written;
    };
    bracketed[ESCAPES] = true;
    visitors.link = bracketed;
  }
}
