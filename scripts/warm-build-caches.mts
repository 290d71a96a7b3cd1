/**
 * `npm run build`'s first step: fills the build caches (lib/build-cache.ts) that
 * Next's build then reads, using every core. Next builds on one worker on this
 * machine, and in that one process it would compile every content file, format
 * every essay's citations and draw every share image, one after another.
 *
 * - Missing trees are compiled on one thread per core.
 * - Missing citations and share images are then made on one thread per core,
 *   shared out so that the threads finish together (citationAndImageJobs).
 *   citeproc's three engines hold about 220 MB and the image renderer's memory
 *   only grows, so neither stays in Next's build worker for the whole build.
 *
 * A thread costs about a second to start, so a small site, or the one essay an
 * edit changed, is left to Next's build as before. Nothing here decides what is
 * published: a content problem is left for the build to report, and the build
 * is as correct without this step, only slower.
 *
 * `npm run build` (scripts/build.mts) runs it in its own process, which then
 * keeps the site this step loaded for its plan.
 *
 *   tsx scripts/warm-build-caches.mts
 */
import { statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isMainThread, workerData } from "node:worker_threads";
import nextEnv from "@next/env";
import { buildCachesOn } from "../lib/build-cache";
import type { CslItem } from "../lib/citation/essay-item";
import { type ContentFile, type ContentLayout, contentLayout, listContent } from "../lib/content/layout";
import type { ContentKind } from "../lib/content/load-source";
import type { CheckResult } from "../lib/content/load";
import type { ShareCardText } from "../lib/og/share-cards";
import { runOnThreads, sharesByWeight, threadsFor } from "./lib/threads.mjs";

/** Below these counts, starting threads costs more than the build's worker doing the work. */
const TREES_PER_THREAD = 100;
const CITATIONS_AND_IMAGES_PER_THREAD = 20;

// Each thread loads only what its job needs: the content pipeline, citeproc and the image renderer are large.
const contentLoading = () => Promise.all([import("../lib/content/load"), import("../lib/content/tree-cache")]);
const citations = () => import("../lib/citation/citations");
const shareCardImages = () => import("../components/ShareCard");

type Job = { make: "trees"; files: { file: ContentFile; kind: ContentKind }[] } | { make: "citations and images"; items: CslItem[]; cards: ShareCardText[] };

/**
 * What each costs, in milliseconds of one core (quiet, 2026-12-02): building
 * citeproc's engines for the styles, one essay's citations, one share image.
 * Only the proportions matter, to share the work out evenly.
 */
const COST = { citeprocEngines: 3000, citations: 18, image: 28 };

async function run(job: Job): Promise<void> {
  if (job.make === "trees") {
    const [{ readAndLoadFile }, { treeCacheDir }] = await contentLoading();
    const cacheDir = treeCacheDir();
    for (const { file, kind } of job.files) await readAndLoadFile(file, kind, cacheDir);
  } else {
    if (job.items.length > 0) {
      const { formatCitations } = await citations();
      for (const item of job.items) formatCitations(item);
    }
    if (job.cards.length > 0) {
      const { shareCardPng } = await shareCardImages();
      for (const card of job.cards) await shareCardPng(card);
    }
  }
}

/**
 * The citations and images shared out to `threads` threads of about equal
 * cost. Every citation goes to the first thread, which alone then builds
 * citeproc's engines (seconds of work that every thread given a citation would
 * repeat); the images fill the first thread up to an equal share and are split
 * evenly among the others.
 */
export function citationAndImageJobs(items: CslItem[], cards: ShareCardText[], threads: number): Job[] {
  const citationCost = items.length === 0 ? 0 : COST.citeprocEngines + items.length * COST.citations;
  const share = (citationCost + cards.length * COST.image) / threads;
  const firstCards = threads === 1 ? cards.length : Math.min(cards.length, Math.max(0, Math.round((share - citationCost) / COST.image)));
  const jobs: Job[] = [{ make: "citations and images", items, cards: cards.slice(0, firstCards) }];
  const rest = cards.slice(firstCards);
  const others = threads - 1;
  for (let index = 0; index < others; index++) {
    const from = Math.round((rest.length * index) / others);
    const to = Math.round((rest.length * (index + 1)) / others);
    if (to > from) jobs.push({ make: "citations and images", items: [], cards: rest.slice(from, to) });
  }
  return jobs;
}

/** What the site's pages will ask for and no build has made yet. */
async function missing(checked: CheckResult): Promise<{ items: CslItem[]; cards: ShareCardText[] } | { problems: number }> {
  const [{ essayCslItem }, { publishedArticles }, { hasStoredCitations }, { articleShareCard, siteShareCard }, { isShareCardDrawn }] = await Promise.all([
    import("../lib/citation/essay-item"),
    import("../lib/content/published"),
    citations(),
    import("../lib/og/share-cards"),
    import("../lib/og/share-image-cache"),
  ]);
  const { site, problems } = checked;
  if (!site) return { problems: problems.length };
  const articles = publishedArticles(site);
  return {
    items: articles.map((article) => essayCslItem(site, article)).filter((item) => !hasStoredCitations(item)),
    cards: [siteShareCard(site), ...articles.map((article) => articleShareCard(site, article))].filter((card) => !isShareCardDrawn(card)),
  };
}

/**
 * Fills the caches, and loads the site once they hold its trees; `loaded` gets
 * the site (or its problems) then, before the citations and images are made,
 * so that it can be let go of while they are. The caller must have loaded the
 * environment files as `next build` does (`loadBuildEnvironment`).
 */
export async function warmBuildCaches(loaded?: (checked: CheckResult) => void): Promise<string> {
  const layout = contentLayout();
  const load = async () => {
    const checked = await (await contentLoading())[0].checkContent({ layout, includeDrafts: false });
    loaded?.(checked);
    return checked;
  };
  // Where this step makes nothing, it loads the site only for a caller that asked for it (the build's plan).
  const loadIfAsked = async () => {
    if (loaded) await load();
  };
  if (!buildCachesOn()) {
    await loadIfAsked();
    return "off (CONTENT_CACHE=off), nothing to warm.";
  }
  return warm(layout, load, loadIfAsked);
}

/** The same environment files as `next build`, so every key the build's steps compute is the one the build asks for. */
export function loadBuildEnvironment(): void {
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
}

async function warm(layout: ContentLayout, load: () => Promise<CheckResult>, loadIfAsked: () => Promise<void>): Promise<string> {
  const started = performance.now();
  const listing = await listContent(layout);
  const files = [
    ...listing.articles.map((file) => ({ file, kind: "article" as const })),
    ...listing.authors.map((file) => ({ file, kind: "author" as const })),
    ...listing.topics.map((file) => ({ file, kind: "topic" as const })),
    { file: listing.collective, kind: "collective" as const },
  ];
  if (files.length < TREES_PER_THREAD) {
    await loadIfAsked();
    return `${files.length} content files, few enough for the build to make its own.`;
  }

  const [{ isFileCompiled }, { treeCacheDir }] = await contentLoading();
  const cacheDir = treeCacheDir();
  const uncompiled: typeof files = [];
  for (const entry of files) if (!(await isFileCompiled(entry.file, cacheDir))) uncompiled.push(entry);
  // A few missing trees are compiled below, where the whole site is loaded anyway.
  const threads = threadsFor(uncompiled.length, TREES_PER_THREAD);
  if (threads > 1) {
    const shares = sharesByWeight(uncompiled, ({ file }) => sizeOf(file.absolutePath), threads);
    await runOnThreads(import.meta.url, shares.map((share): Job => ({ make: "trees", files: share })), "compiling content");
  }
  const compiled = `${uncompiled.length} of ${files.length} content files compiled`;

  // The site itself is let go of before the work starts (citeproc and the image renderer are large).
  const todo = await missing(await load());
  if ("problems" in todo) return `${compiled}; the content has ${todo.problems === 1 ? "a problem" : `${todo.problems} problems`}, which the build reports.`;
  const made = `citations of ${todo.items.length === 1 ? "1 essay" : `${todo.items.length} essays`} and ${todo.cards.length === 1 ? "1 share image" : `${todo.cards.length} share images`}`;
  if (todo.items.length + todo.cards.length < CITATIONS_AND_IMAGES_PER_THREAD) return `${compiled}; ${made} left to the build.`;
  const makers = threadsFor(todo.items.length + todo.cards.length, CITATIONS_AND_IMAGES_PER_THREAD);
  const jobs = citationAndImageJobs(todo.items, todo.cards, makers);
  // On threads even when one job is left (citations alone): citeproc and the image renderer then never stay in this process.
  if (makers > 1) await runOnThreads(import.meta.url, jobs, "making citations and share images");
  else await run(jobs[0]);
  return `${compiled}; ${made} made; ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

if (!isMainThread) await run(workerData as Job);
else if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  loadBuildEnvironment();
  console.log(`Build caches: ${await warmBuildCaches()}`);
}
