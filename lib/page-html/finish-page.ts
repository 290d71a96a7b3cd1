import { parsePage, withEdits } from "./document";
import { frameworkScripts } from "./framework-scripts";
import { hasPolicy, inlineScriptTexts, policyEdit } from "./inline-script-policy";
import { scriptsAfterFirstPaint } from "./scripts-after-first-paint";

/**
 * What a prerendered page gets after the build: Next's client runtime comes
 * out (the page reads as HTML, and its behaviours are the site's own small
 * scripts), those scripts load after its first paint, and a policy pins it to
 * its inline scripts, the loader among them. One parse of the page serves all
 * three, since a build finishes thousands. A page that already has its policy
 * is finished and comes back unchanged.
 */
export function finishPage(html: string): string {
  const document = parsePage(html);
  if (hasPolicy(document)) return html;
  const framework = frameworkScripts(document);
  const moved = scriptsAfterFirstPaint(document, framework.nodes);
  const scripts = [...inlineScriptTexts(document, framework.nodes), ...(moved ? [moved.loader] : [])];
  return withEdits(html, [...framework.edits, ...(moved?.edits ?? []), policyEdit(document, scripts)]);
}
