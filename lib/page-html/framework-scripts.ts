import { attribute, elements, type PageEdit, type PageNode, textOf } from "./document";

/**
 * Takes Next's client runtime out of a prerendered page. Every page here is
 * complete as HTML and its links are plain <a>, so on a reader's phone React
 * and Next would only hydrate a page with nothing to hydrate: about 175 KB
 * gzipped of scripts, plus the page's payload (`self.__next_f`), which repeats
 * the body and the stylesheet inside inline scripts. The site's own behaviours
 * are standalone scripts (lib/reader-scripts/bundles.ts), which stay.
 *
 * What goes: scripts and script preloads served from Next's `/_next/` folder,
 * Next's inline payload scripts, and Turbopack's inline bootstrap. Any other
 * script is left alone (and pinned by the page's policy); the browser tests
 * prove that a finished reading page carries no other inline script.
 */

const FRAMEWORK_PATH = /^\/_next\//;
const FRAMEWORK_INLINE = [/^\s*\(self\.__next_f\s*=/, /^\s*self\.__next_f\.push\(/, /globalThis\[["']TURBOPACK["']\]/];

export function isFrameworkScript(node: PageNode): boolean {
  if (node.tagName !== "script") return false;
  const src = attribute(node, "src");
  if (src !== undefined) return FRAMEWORK_PATH.test(src);
  const text = textOf(node);
  return FRAMEWORK_INLINE.some((pattern) => pattern.test(text));
}

function isFrameworkPreload(node: PageNode): boolean {
  if (node.tagName !== "link") return false;
  const rel = (attribute(node, "rel") ?? "").toLowerCase().split(/\s+/);
  const scriptPreload = rel.includes("modulepreload") || (rel.includes("preload") && attribute(node, "as") === "script");
  return scriptPreload && FRAMEWORK_PATH.test(attribute(node, "href") ?? "");
}

/** Next's script and preload elements in the page, and the edits that take them out. */
export function frameworkScripts(document: PageNode): { nodes: Set<PageNode>; edits: PageEdit[] } {
  const nodes = new Set([...elements(document)].filter((node) => isFrameworkScript(node) || isFrameworkPreload(node)));
  const edits = [...nodes].flatMap((node) => (node.sourceCodeLocation ? [{ start: node.sourceCodeLocation.startOffset, end: node.sourceCodeLocation.endOffset, text: "" }] : []));
  return { nodes, edits };
}
