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
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { isMainThread, Worker, workerData } from "node:worker_threads";
import { finishPage } from "../lib/page-html/finish-page";
import { builtPages } from "../lib/page-html/built-pages";

const finishFiles = (files: string[]) => {
  for (const file of files) writeFileSync(file, finishPage(readFileSync(file, "utf8")));
};

// A thread does not inherit tsx's loader, so it registers tsx before it loads this file.
const THREAD_ENTRY = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;

if (isMainThread) {
  const { values } = parseArgs({ options: { html: { type: "string", default: ".next/server/app" } } });
  const files = builtPages(path.resolve(values.html!));
  const threads = Math.min(availableParallelism(), Math.ceil(files.length / 200));
  if (threads <= 1) finishFiles(files);
  else {
    // Essay pages are several times the size of the rest: each file goes to the share with the fewest bytes.
    const shares = Array.from({ length: threads }, () => ({ files: [] as string[], bytes: 0 }));
    for (const { file, bytes } of files.map((file) => ({ file, bytes: statSync(file).size })).sort((a, b) => b.bytes - a.bytes)) {
      const share = shares.reduce((lightest, candidate) => (candidate.bytes < lightest.bytes ? candidate : lightest));
      share.files.push(file);
      share.bytes += bytes;
    }
    await Promise.all(
      shares.map(
        ({ files: share }) =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(THREAD_ENTRY, { eval: true, workerData: share });
            worker.on("error", reject);
            worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a page-finishing thread stopped with code ${code}`))));
          }),
      ),
    );
  }
  console.log(`Finished ${files.length} pages in ${values.html}: scripts after the first paint, inline scripts pinned`);
} else {
  finishFiles(workerData as string[]);
}
