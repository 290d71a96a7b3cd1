/**
 * After a build, every prerendered HTML page is finished (lib/page-html/finish-page.ts):
 * its script downloads move behind its first paint, and a <meta> Content-Security-
 * Policy pins it to its own inline scripts. Runs on `.next/server/app` (what
 * `next start` serves) and on the static export. A build of a thousand essays
 * has thousands of pages to parse, so the work is shared out to one thread per core.
 *
 *   tsx scripts/finish-pages.mts [--html .next/server/app]
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { isMainThread, workerData } from "node:worker_threads";
import { finishPage } from "../lib/page-html/finish-page";
import { builtPages } from "../lib/page-html/built-pages";
import { runOnThreads, sharesByWeight, threadsFor } from "./lib/threads.mjs";

const finishFiles = (files: string[]) => {
  for (const file of files) writeFileSync(file, finishPage(readFileSync(file, "utf8")));
};

if (isMainThread) {
  const { values } = parseArgs({ options: { html: { type: "string", default: ".next/server/app" } } });
  const files = builtPages(path.resolve(values.html!));
  const threads = threadsFor(files.length, 200);
  // Essay pages are several times the size of the rest, so shares are weighed in bytes.
  if (threads <= 1) finishFiles(files);
  else await runOnThreads(import.meta.url, sharesByWeight(files, (file) => statSync(file).size, threads), "finishing pages");
  console.log(`Finished ${files.length} pages in ${values.html}: scripts after the first paint, inline scripts pinned`);
} else {
  finishFiles(workerData as string[]);
}
