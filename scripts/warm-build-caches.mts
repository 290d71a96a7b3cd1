/**
 * `npm run build`'s first step: fills the build caches (lib/build-cache.ts) that
 * Next's build then reads, using every core. Next builds on one worker on this
 * machine, and in that one process it would compile every content file, format
 * every essay's citations and draw every share image, one after another.
 *
 * - Content files are compiled on one thread per core (the tree cache).
 * - Citations and share images are made at once, each kind on its own thread.
 *   citeproc's three engines hold about 220 MB and the image renderer's memory
 *   only grows, so neither stays in Next's build worker for the whole build.
 *
 * Only what is missing is made: after an edit, one essay's citations and image.
 * Nothing here decides what is published: a content problem is left for Next's
 * build to report, and the build is as correct without this step, only slower.
 *
 *   tsx scripts/warm-build-caches.mts
 */
import { statSync } from "node:fs";
import { isMainThread, workerData } from "node:worker_threads";
import nextEnv from "@next/env";
import type { CslItem } from "../lib/citation/essay-item";
import { publishedArticles } from "../lib/content/published";
import { contentLayout, type ContentFile, type ContentLayout } from "../lib/content/layout";
import type { ContentKind } from "../lib/content/load-file";
import { checkContent, isFileCompiled, listContent, readAndLoadFile } from "../lib/content/load";
import { treeCacheDir } from "../lib/content/tree-cache";
import type { ShareCardText } from "../lib/og/share-cards";
import { runOnThreads, sharesByWeight, threadsFor } from "./lib/threads.mjs";

// Threads load only what their job needs: citeproc and the image renderer are large.
const citations = () => import("../lib/citation/citations");
const shareCards = () => Promise.all([import("../lib/og/share-cards"), import("../components/ShareCard")]);

type Job =
  | { make: "trees"; files: { file: ContentFile; kind: ContentKind }[] }
  | { make: "citations"; items: CslItem[] }
  | { make: "images"; cards: ShareCardText[] };

async function run(job: Job): Promise<void> {
  if (job.make === "trees") {
    const cacheDir = treeCacheDir();
    for (const { file, kind } of job.files) await readAndLoadFile(file, kind, cacheDir);
  } else if (job.make === "citations") {
    const { formatCitations } = await citations();
    for (const item of job.items) formatCitations(item);
  } else {
    const [, { shareCardPng }] = await shareCards();
    for (const card of job.cards) await shareCardPng(card);
  }
}

const sizeOfJob = (job: Job) => (job.make === "trees" ? job.files : job.make === "citations" ? job.items : job.cards).length;

/** Runs the jobs on threads of their own when there are enough items to earn a thread's start (about a second), else here. */
async function runAll(jobs: Job[], what: string, itemsPerThread: number): Promise<void> {
  const work = jobs.filter((job) => sizeOfJob(job) > 0);
  const items = work.reduce((sum, job) => sum + sizeOfJob(job), 0);
  if (work.length > 1 && threadsFor(items, itemsPerThread) > 1) await runOnThreads(import.meta.url, work, what);
  else for (const job of work) await run(job);
}

/** What the site's pages will ask for and no build has made yet; the site itself is let go before the work starts. */
async function missing(layout: ContentLayout): Promise<{ items: CslItem[]; cards: ShareCardText[] } | { problems: number }> {
  const { site, problems } = await checkContent({ layout, includeDrafts: false });
  if (!site) return { problems: problems.length };
  const [{ essayCslItem }, { hasStoredCitations }, [{ articleShareCard, siteShareCard }, { isShareCardDrawn }]] = await Promise.all([import("../lib/citation/essay-item"), citations(), shareCards()]);
  const articles = publishedArticles(site);
  return {
    items: articles.map((article) => essayCslItem(site, article)).filter((item) => !hasStoredCitations(item)),
    cards: [siteShareCard(site), ...articles.map((article) => articleShareCard(site, article))].filter((card) => !isShareCardDrawn(card)),
  };
}

if (isMainThread) {
  const started = performance.now();
  // The same environment files as `next build`, so every key here is the one the build asks for.
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
  const layout = contentLayout();
  const listing = await listContent(layout);
  const files = [
    ...listing.articles.map((file) => ({ file, kind: "article" as const })),
    ...listing.authors.map((file) => ({ file, kind: "author" as const })),
    ...listing.topics.map((file) => ({ file, kind: "topic" as const })),
    { file: listing.collective, kind: "collective" as const },
  ];
  const cacheDir = treeCacheDir();
  if (!cacheDir) {
    console.log("Build caches: off (CONTENT_CACHE=off), nothing to warm.");
    process.exit(0);
  }
  const uncompiled: typeof files = [];
  for (const entry of files) if (!(await isFileCompiled(entry.file, cacheDir))) uncompiled.push(entry);
  // A few files are compiled below, where the site is loaded anyway.
  const threads = threadsFor(uncompiled.length, 100);
  if (threads > 1) {
    const shares = sharesByWeight(uncompiled, ({ file }) => sizeOf(file.absolutePath), threads);
    await runAll(shares.map((share) => ({ make: "trees", files: share })), "compiling content", 100);
  }
  const todo = await missing(layout);
  if ("problems" in todo) {
    console.log(`Build caches: the content has ${todo.problems === 1 ? "a problem" : `${todo.problems} problems`}, which the build reports.`);
  } else {
    await runAll(
      [
        { make: "citations", items: todo.items },
        { make: "images", cards: todo.cards },
      ],
      "making citations and share images",
      20,
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const essays = todo.items.length === 1 ? "1 essay" : `${todo.items.length} essays`;
    const images = todo.cards.length === 1 ? "1 share image" : `${todo.cards.length} share images`;
    console.log(`Build caches: ${uncompiled.length} of ${files.length} content files compiled; citations of ${essays} and ${images} made; ${seconds} s`);
  }
} else {
  await run(workerData as Job);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
