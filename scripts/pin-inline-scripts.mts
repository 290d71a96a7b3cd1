/**
 * After a build: gives every prerendered HTML page a <meta> Content-Security-
 * Policy that allows only its own inline scripts (lib/inline-script-policy.ts).
 * Runs on `.next/server/app` (what `next start` serves) and on the static export.
 *
 *   tsx scripts/pin-inline-scripts.mts [--html .next/server/app]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { withInlineScriptPolicy } from "../lib/inline-script-policy";

const { values } = parseArgs({ options: { html: { type: "string", default: ".next/server/app" } } });

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}

const files = htmlFiles(path.resolve(values.html!));
for (const file of files) writeFileSync(file, withInlineScriptPolicy(readFileSync(file, "utf8")));
console.log(`Pinned the inline scripts of ${files.length} pages in ${values.html}`);
