/**
 * After a build, every prerendered HTML page is finished (lib/page-html/finish-page.ts):
 * its script downloads move behind its first paint, and a <meta> Content-Security-
 * Policy pins it to its own inline scripts. Runs on `.next/server/app` (what
 * `next start` serves) and on the static export. A build of a thousand essays
 * has thousands of pages to parse, so the work is shared out to one thread per core.
 * `npm run build` (scripts/build.mts) finishes only the pages it made, since the
 * pages it kept from the previous build are finished already.
 *
 *   tsx scripts/finish-pages.mts [--html .next/server/app]
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { isMainThread, workerData } from "node:worker_threads";
import { finishPage } from "../lib/page-html/finish-page";
import { builtPages } from "../lib/page-html/built-pages";
import { runOnThreads, sharesByWeight, threadsFor } from "./lib/threads.mjs";

const finishFiles = (files: string[]) => {
  for (const file of files) writeFileSync(file, finishPage(readFileSync(file, "utf8")));
};

/** Finishes these pages in place. */
export async function finishPages(files: string[]): Promise<void> {
  const threads = threadsFor(files.length, 200);
  // Essay pages are several times the size of the rest, so shares are weighed in bytes.
  if (threads <= 1) finishFiles(files);
  else await runOnThreads(import.meta.url, sharesByWeight(files, (file) => statSync(file).size, threads), "finishing pages");
}

if (!isMainThread) finishFiles(workerData as string[]);
else if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { html: { type: "string", default: ".next/server/app" } } });
  const files = builtPages(path.resolve(values.html!));
  await finishPages(files);
  console.log(`Finished ${files.length} pages in ${values.html}: scripts after the first paint, inline scripts pinned`);
}
