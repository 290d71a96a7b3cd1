import { createHash } from "node:crypto";
import { SCRIPT_SOURCES } from "../security-headers";
import { attribute, elements, type PageEdit, type PageNode, parsePage, textOf, withEdits } from "./document";

/**
 * Pins a prerendered page to the inline scripts it was built with. A page's
 * inline scripts differ per page (a finished page keeps one, the loader of its
 * own scripts), and a static page cannot carry a per-request nonce, so the
 * header policy has to allow 'unsafe-inline'. But every inline script of a prerendered page is known once
 * the build is done: a <meta> policy listing their SHA-256 hashes, placed
 * before any script, makes the browser refuse every other inline script (one
 * injected by a bug, or added at run time), since it enforces both policies.
 */

const META_MARKER = 'http-equiv="Content-Security-Policy"';

/** Script types a browser runs; other types (JSON-LD) are data and never run. */
const RUNNABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

/** The text of every inline script the browser would run, as parsed (which is what it hashes), but those in `leftOut`. */
export function inlineScriptTexts(document: PageNode, leftOut: ReadonlySet<PageNode> = new Set()): string[] {
  return [...elements(document)]
    .filter((node) => node.tagName === "script" && !leftOut.has(node) && attribute(node, "src") === undefined && RUNNABLE_TYPES.has((attribute(node, "type") ?? "").trim().toLowerCase()))
    .map(textOf);
}

const scriptHash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The scripts' hashes as a policy lists them: each once, sorted. */
const policyHashes = (scriptTexts: string[]) => [...new Set(scriptTexts.map(scriptHash))].sort();

export function inlineScriptHashes(html: string): string[] {
  return policyHashes(inlineScriptTexts(parsePage(html)));
}

export function pagePolicy(hashes: string[]): string {
  return `script-src ${[...SCRIPT_SOURCES, ...hashes].join(" ")}`;
}

export function hasPolicy(document: PageNode): boolean {
  return [...elements(document)].some((node) => node.tagName === "meta" && attribute(node, "http-equiv")?.toLowerCase() === "content-security-policy");
}

/** The edit that puts the policy for these inline scripts first in <head>. */
export function policyEdit(document: PageNode, scriptTexts: string[]): PageEdit {
  const head = [...elements(document)].find((node) => node.tagName === "head");
  const at = head?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined) throw new Error("the page has no <head> to put its script policy in");
  return { start: at, end: at, text: `<meta ${META_MARKER} content="${pagePolicy(policyHashes(scriptTexts))}"/>` };
}

/** The page with its policy as the first thing in <head>; unchanged if it already has one. */
export function withInlineScriptPolicy(html: string): string {
  const document = parsePage(html);
  if (hasPolicy(document)) return html;
  return withEdits(html, [policyEdit(document, inlineScriptTexts(document))]);
}
