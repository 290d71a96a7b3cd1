import { attribute, elements, type PageEdit, type PageNode, parsePage, withEdits } from "./document";

/**
 * Moves a prerendered page's script downloads behind its first paint. React
 * puts a page's async scripts in <head> (Next adds preloads for its own), so
 * on a phone they download alongside the document and can run in the middle
 * of parsing it, before the reader sees a word. Every page here reads
 * completely without JavaScript (the scripts add footnote previews, copy
 * buttons and the like), so the text comes first: the page loads the same
 * scripts itself once the browser reports its first contentful paint.
 */

const LOADER_ATTRIBUTE = "data-scripts-after-paint";

/**
 * The loader's text. It waits for the browser's own first-contentful-paint
 * entry (a frame drawn is not yet a frame shown); where paint timing is
 * missing, for one frame; in a hidden tab, which paints nothing, not at all;
 * and never more than three seconds.
 */
export function scriptLoader(sources: string[]): string {
  return (
    `(function(){var s=${JSON.stringify(sources).replace(/</g, "\\u003c")},d=0;` +
    `function l(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=true;document.head.appendChild(e)})}` +
    `if(document.visibilityState==="hidden")return l();setTimeout(l,3000);` +
    `var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0){` +
    `new P(function(list,o){if(list.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(l,0)}}).observe({type:"paint",buffered:true})}` +
    `else requestAnimationFrame(function(){setTimeout(l,0)})})()`
  );
}

/**
 * The edits that take out the page's async classic scripts, and the preloads of
 * those same files, and load the files in document order from one inline loader
 * at the end of <body>; with the loader's text, which the page's script policy
 * must allow. Nothing when the page has no such scripts or already has its loader.
 * Elements in `leftOut` are taken out by another edit and are not moved.
 */
export function scriptsAfterFirstPaint(document: PageNode, leftOut: ReadonlySet<PageNode> = new Set()): { edits: PageEdit[]; loader: string } | undefined {
  const scripts: { node: PageNode; src: string }[] = [];
  const preloads: { node: PageNode; href: string }[] = [];
  let bodyEnd: number | undefined;
  for (const node of elements(document)) {
    if (node.tagName === "script" && attribute(node, LOADER_ATTRIBUTE) !== undefined) return undefined;
    if (node.tagName === "body") bodyEnd = node.sourceCodeLocation?.endTag?.startOffset;
    if (leftOut.has(node)) continue;
    const src = attribute(node, "src");
    // A module or nomodule script keeps its tag: the loader makes classic scripts only.
    const classic = (attribute(node, "type") ?? "") === "" && attribute(node, "nomodule") === undefined;
    if (node.tagName === "script" && src && attribute(node, "async") !== undefined && classic) scripts.push({ node, src });
    const href = attribute(node, "href");
    if (node.tagName === "link" && attribute(node, "rel")?.toLowerCase() === "preload" && attribute(node, "as") === "script" && href) preloads.push({ node, href });
  }
  const sources = [...new Set(scripts.map((script) => script.src))];
  if (sources.length === 0) return undefined;
  if (bodyEnd === undefined) throw new Error("the page has no </body> to put its script loader before");
  const removed = [...scripts.map((script) => script.node), ...preloads.filter((preload) => sources.includes(preload.href)).map((preload) => preload.node)];
  const edits: PageEdit[] = removed.flatMap((node) => (node.sourceCodeLocation ? [{ start: node.sourceCodeLocation.startOffset, end: node.sourceCodeLocation.endOffset, text: "" }] : []));
  const loader = scriptLoader(sources);
  edits.push({ start: bodyEnd, end: bodyEnd, text: `<script ${LOADER_ATTRIBUTE}="">${loader}</script>` });
  return { edits, loader };
}

export function withScriptsAfterFirstPaint(html: string): string {
  const moved = scriptsAfterFirstPaint(parsePage(html));
  return moved ? withEdits(html, moved.edits) : html;
}
