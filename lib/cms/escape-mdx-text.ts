import { CONTENT_COMPONENTS, SAFE_ELEMENTS } from "../content/mdx-allowlist";

/**
 * A remark plugin for Decap's rich-text mode (registered with
 * `CMS.registerRemarkPlugin`). Decap writes the rich-text editor's text back
 * to Markdown with remark-stringify 6, as `html` nodes written out verbatim
 * (and `text` nodes whose visitor it replaces with one that escapes nothing),
 * so `a < b` and `{x}` typed there reach the file as they are. MDX reads `<`
 * as the start of an element and `{` as the start of code, and the check then
 * refuses the file. This puts the escapes back where the text is written: the
 * file says `a \< b` and `\{x}`, which the site shows as typed.
 *
 * Rich-text mode shows the HTML elements a file already holds as text too
 * (`<abbr title="…">WHO</abbr>`), and writes them back through the same
 * nodes, so a `<` that opens or closes an element the site allows is left as
 * it is, attributes and all. Any other `<` is text: an element the site does
 * not allow, typed in rich-text mode, shows as the words typed rather than
 * failing the check.
 *
 * Decap runs its plugins when it reads Markdown too; there is nothing to do
 * then (the parser removes the escapes, as it should), and no compiler to find.
 */

type Visitor = ((this: unknown, node: { value?: string; url?: string }, parent?: unknown) => string) & { [ESCAPES]?: true };
interface StringifyProcessor {
  Compiler?: { prototype: { visitors: Record<string, Visitor> } };
}

const ESCAPES = Symbol("escapes MDX text");

const ALLOWED_NAMES = new Set([...Object.keys(SAFE_ELEMENTS), ...Object.keys(CONTENT_COMPONENTS)]);
const TAG_START = /^<\/?([A-Za-z][\w.:-]*)(?=[\s/>])/;

/** The length of the tag that starts at `text[start]`, quotes respected, or 0 when it is not an allowed element's tag. */
function allowedTagLength(text: string, start: number): number {
  const name = TAG_START.exec(text.slice(start, start + 100))?.[1];
  if (!name || !ALLOWED_NAMES.has(name)) return 0;
  let quote: string | undefined;
  for (let index = start + 1; index < text.length; index++) {
    const character = text[index];
    if (quote) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === ">") {
      return index - start + 1;
    } else if (character === "<" || character === "{") {
      return 0;
    }
  }
  return 0;
}

export function escapeMdxText(text: string): string {
  let result = "";
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === "\\") {
      // Already an escape: keep the pair as it is.
      result += text.slice(index, index + 2);
      index++;
    } else if (character === "{") {
      result += "\\{";
    } else if (character === "<") {
      const tag = allowedTagLength(text, index);
      if (tag === 0) result += "\\<";
      else {
        result += text.slice(index, index + tag);
        index += tag - 1;
      }
    } else {
      result += character;
    }
  }
  return result;
}

function wrapOnce(visitors: Record<string, Visitor>, name: string, wrap: (written: string, node: { value?: string; url?: string }) => string) {
  const visitor = visitors[name];
  // The visitors are shared by every processor, and Decap resets some before each use: wrap once.
  if (!visitor || visitor[ESCAPES]) return;
  const wrapped: Visitor = function (node, parent) {
    return wrap(visitor.call(this, node, parent), node);
  };
  wrapped[ESCAPES] = true;
  visitors[name] = wrapped;
}

export function remarkEscapeMdxText(this: StringifyProcessor) {
  const visitors = this.Compiler?.prototype.visitors;
  if (!visitors) return;
  wrapOnce(visitors, "text", escapeMdxText);
  wrapOnce(visitors, "html", escapeMdxText);
  // remark-stringify writes a link whose text is its address as <address>, which MDX reads as an element.
  wrapOnce(visitors, "link", (written, node) => (/^<[^>]*>$/.test(written) && node.url ? `[${escapeMdxText(node.url)}](${node.url})` : written));
}
