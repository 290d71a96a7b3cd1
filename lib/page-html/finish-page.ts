import { parsePage, withEdits } from "./document";
import { hasPolicy, inlineScriptTexts, policyEdit } from "./inline-script-policy";
import { scriptsAfterFirstPaint } from "./scripts-after-first-paint";

/**
 * What a prerendered page gets after the build: its scripts load after its
 * first paint, and a policy pins it to its inline scripts, the loader among
 * them. One parse of the page serves both, since a build finishes thousands.
 * A page that already has its policy is finished and comes back unchanged.
 */
export function finishPage(html: string): string {
  const document = parsePage(html);
  if (hasPolicy(document)) return html;
  const moved = scriptsAfterFirstPaint(document);
  const scripts = [...inlineScriptTexts(document), ...(moved ? [moved.loader] : [])];
  return withEdits(html, [...(moved?.edits ?? []), policyEdit(document, scripts)]);
}
