import { createHash } from "node:crypto";
import { parse } from "parse5";
import { SCRIPT_SOURCES } from "./security-headers";

/**
 * Pins a prerendered page to the inline scripts it was built with. Next's
 * pages carry inline bootstrap scripts that differ per page, and a static page
 * cannot carry a per-request nonce, so the header policy has to allow
 * 'unsafe-inline'. But every inline script of a prerendered page is known once
 * the build is done: a <meta> policy listing their SHA-256 hashes, placed
 * before any script, makes the browser refuse every other inline script (one
 * injected by a bug, or added at run time), since it enforces both policies.
 */

export const META_MARKER = 'http-equiv="Content-Security-Policy"';

/** Script types a browser runs; other types (JSON-LD) are data and never run. */
const RUNNABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

type Node = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
  content?: Node;
  sourceCodeLocation?: { startTag?: { endOffset: number } };
};

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  const walk = (node: Node) => {
    if (node.tagName === "script") {
      const attribute = (name: string) => node.attrs?.find((attr) => attr.name === name)?.value;
      const type = (attribute("type") ?? "").trim().toLowerCase();
      if (attribute("src") === undefined && RUNNABLE_TYPES.has(type)) {
        // The browser hashes the script's text as parsed, which is what parse5 gives.
        const text = (node.childNodes ?? []).map((child) => child.value ?? "").join("");
        hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  return [...hashes].sort();
}

export function pagePolicy(hashes: string[]): string {
  return `script-src ${[...SCRIPT_SOURCES, ...hashes].join(" ")}`;
}

/** The page with its policy as the first thing in <head>; unchanged if it already has one. */
export function withInlineScriptPolicy(html: string): string {
  if (html.includes(META_MARKER)) return html;
  const document = parse(html, { sourceCodeLocationInfo: true }) as unknown as Node;
  const htmlElement = document.childNodes?.find((node) => node.tagName === "html");
  const head = htmlElement?.childNodes?.find((node) => node.tagName === "head");
  const at = head?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined) throw new Error("the page has no <head> to put its script policy in");
  const meta = `<meta ${META_MARKER} content="${pagePolicy(inlineScriptHashes(html))}"/>`;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}
