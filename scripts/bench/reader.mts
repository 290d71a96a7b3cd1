/**
 * What a reader downloads and waits for, on the essay, the home page and the
 * action sheet, each against the bare Next page holding the same essay text
 * as plain paragraphs, both under `next start`: the bytes of the document and
 * its scripts (gzipped, in a real browser; bytes hold under any load), then
 * Lighthouse 12 (mobile, simulated slow phone), runs interleaved (bare, page,
 * bare, page…) so both see the same machine.
 */
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "../../tests/browser";
import { bareProject } from "./bare-page.mjs";
import type { BenchContext, BenchModule } from "./module.mjs";
import { type PageBytes, pageBytes } from "./page-bytes.mjs";
import { kb, measured, median, startServer, stop } from "./run.mjs";
import { scratchProject } from "./scratch.mjs";

/** The goal for each page against the bare page (issue 28). */
const TARGETS = { bytes: 0.2, tbt: 0.5, lcp: 1 };

const PAGES = [
  { name: "essay", path: "/articles/can-anti-trafficking-be-rescued" },
  { name: "home", path: "/" },
  { name: "action sheet", path: "/articles/can-anti-trafficking-be-rescued/actions" },
];

interface Audit {
  performance: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  renderDelayMs: number;
  scriptBytes: number;
  /**
   * Script bytes that had finished loading by the time the largest text was painted,
   * in the unthrottled load Lighthouse observes. Lighthouse's simulation puts such a
   * script's download on the way to LCP (unless the script then ran as a long task
   * after that paint), on its slow network about 0.8 s for Next's ~140 KB. Whether the
   * paint or the scripts come first is a race on the machine running the bench, which
   * is why LCP falls in two clusters, for the bare page too.
   */
  scriptBytesBeforePaint: number;
  /**
   * The main thread's work by kind (Lighthouse's mainthread-work-breakdown groups:
   * styleLayout, parseHTML, scriptEvaluation, scriptParseCompile, paintCompositeRender,
   * garbageCollection, other), in ms: what the blocking time is made of.
   */
  mainThread: Record<string, number>;
}

/** The breakdown's groups, in the order printed, with the words the bench prints. */
const MAIN_THREAD_GROUPS: [string, string][] = [
  ["styleLayout", "style and layout"],
  ["parseHTML", "parsing HTML and CSS"],
  ["scriptEvaluation", "running script"],
  ["scriptParseCompile", "compiling script"],
  ["paintCompositeRender", "painting"],
  ["garbageCollection", "garbage collection"],
  ["other", "other"],
];

async function audit(port: number, url: string): Promise<Audit> {
  const run = async () => (await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] }))!.lhr;
  // Lighthouse now and then fails to load a page in headless Chromium; that says nothing about the page.
  let lhr = await run();
  if (lhr.runtimeError) lhr = await run();
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const phases = (lhr.audits["largest-contentful-paint-element"]?.details as { items?: { items?: { phase?: string; timing?: number }[] }[] } | undefined)?.items?.[1]?.items ?? [];
  const observed = (lhr.audits.metrics?.details as { items?: { observedLargestContentfulPaint?: number }[] } | undefined)?.items?.[0]?.observedLargestContentfulPaint ?? NaN;
  const requests = (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; networkEndTime?: number; transferSize?: number }[] } | undefined)?.items ?? [];
  const scripts = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const work = (lhr.audits["mainthread-work-breakdown"]?.details as { items?: { group: string; duration: number }[] } | undefined)?.items ?? [];
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcpMs: lhr.audits["largest-contentful-paint"].numericValue ?? NaN,
    tbtMs: lhr.audits["total-blocking-time"].numericValue ?? NaN,
    fcpMs: lhr.audits["first-contentful-paint"].numericValue ?? NaN,
    renderDelayMs: phases.find((phase) => phase.phase === "Render Delay")?.timing ?? NaN,
    scriptBytes: scripts.find((item) => item.resourceType === "script")?.transferSize ?? NaN,
    scriptBytesBeforePaint: requests
      .filter((request) => request.resourceType === "Script" && (request.networkEndTime ?? Infinity) <= observed)
      .reduce((total, request) => total + (request.transferSize ?? 0), 0),
    mainThread: Object.fromEntries(MAIN_THREAD_GROUPS.map(([group]) => [group, work.find((item) => item.group === group)?.duration ?? 0])),
  };
}

const summary = (audits: Audit[]) => ({
  performance: median(audits.map((item) => item.performance)),
  lcpMs: median(audits.map((item) => item.lcpMs)),
  tbtMs: median(audits.map((item) => item.tbtMs)),
  fcpMs: median(audits.map((item) => item.fcpMs)),
  renderDelayMs: median(audits.map((item) => item.renderDelayMs)),
  scriptBytes: median(audits.map((item) => item.scriptBytes)),
  scriptBytesBeforePaint: median(audits.map((item) => item.scriptBytesBeforePaint)),
  mainThread: Object.fromEntries(MAIN_THREAD_GROUPS.map(([group]) => [group, median(audits.map((item) => item.mainThread[group]))])),
});

/** Each kind of main-thread work, page against bare page, largest first on the page. */
const mainThreadLine = (site: Audit["mainThread"], bare: Audit["mainThread"]) =>
  MAIN_THREAD_GROUPS.filter(([group]) => site[group] + bare[group] >= 1)
    .sort(([a], [b]) => site[b] - site[a])
    .map(([group, words]) => `${words} ${site[group].toFixed(0)} vs ${bare[group].toFixed(0)} ms`)
    .join(", ");

export const reader: BenchModule = {
  name: "reader",
  description: "bytes and Lighthouse on the essay, home page and action sheet against the bare Next page with the same text",
  async run(context: BenchContext) {
    const runs = Number(context.options["lighthouse-runs"] ?? 10);
    const bareDir = bareProject(context.root, path.join(context.tmp, "bare"), context.essayFile);
    const siteDir = scratchProject(context.root, path.join(context.tmp, "site-reader"), context.essayFile, 1);
    const [barePort, sitePort] = [context.port, context.port + 1];
    await measured("npx", ["next", "build"], bareDir);
    // What readers get is what `npm run build` makes, finished pages included.
    await measured("npm", ["run", "build"], siteDir, { SITE_URL: `http://localhost:${sitePort}` });
    const bareServer = await startServer("npx", ["next", "start", "-p", String(barePort)], bareDir, `http://localhost:${barePort}/`);
    const siteServer = await startServer("npx", ["next", "start", "-p", String(sitePort)], siteDir, `http://localhost:${sitePort}/`);
    const bytes: { bare?: PageBytes; pages: Record<string, PageBytes> } = { pages: {} };
    const results: Record<string, { bare: Audit[]; page: Audit[] }> = {};
    try {
      const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? findChromium(), args: CHROMIUM_ARGS });
      try {
        bytes.bare = await pageBytes(browser, `http://localhost:${barePort}/`);
        for (const page of PAGES) bytes.pages[page.name] = await pageBytes(browser, `http://localhost:${sitePort}${page.path}`);
      } finally {
        await browser.close();
      }
      if (runs > 0) {
        const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? findChromium(), chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
        try {
          for (let run = 0; run < runs; run++) {
            for (const page of PAGES) {
              const pair = (results[page.name] ??= { bare: [], page: [] });
              pair.bare.push(await audit(chrome.port, `http://localhost:${barePort}/`));
              pair.page.push(await audit(chrome.port, `http://localhost:${sitePort}${page.path}`));
            }
          }
        } finally {
          await chrome.kill();
        }
      }
    } finally {
      stop(bareServer);
      stop(siteServer);
    }
    const bare = bytes.bare!;
    const weight = (page: PageBytes) => `${kb(page.gzip)} (document ${kb(page.document.gzip)}, ${page.scripts.length} script${page.scripts.length === 1 ? "" : "s"} ${kb(page.gzip - page.document.gzip)})`;
    const lines = [`Document and scripts, gzipped (-9), against the bare Next page with the same text (target ≤ ${TARGETS.bytes * 100}%): bare page ${weight(bare)}`];
    const data: Record<string, unknown> = { bare: { bytes: bare } };
    for (const page of PAGES) {
      const site = bytes.pages[page.name];
      data[page.name] = { bytes: { page: site, ratio: site.gzip / bare.gzip } };
      const scripts = site.scripts.map((script) => `${new URL(script.url).pathname} ${kb(script.gzip)}`).join(", ");
      lines.push(`  ${page.name.padEnd(13)} ${((site.gzip / bare.gzip) * 100).toFixed(1)}% of the bare page: ${weight(site)}${scripts ? `: ${scripts}` : ""}`);
    }
    if (runs > 0) {
      lines.push(`Lighthouse mobile performance against the bare Next page with the same text (medians of ${runs} interleaved runs; targets: score ≥ the bare page's, LCP ≤ ${TARGETS.lcp}x, TBT ≤ ${TARGETS.tbt}x)`);
      for (const page of PAGES) {
        const [bare, site] = [summary(results[page.name].bare), summary(results[page.name].page)];
        Object.assign(data[page.name] as object, { bare, page: site, runs: results[page.name] });
        lines.push(
          `  ${page.name.padEnd(13)} performance ${site.performance} vs ${bare.performance} (${site.performance - bare.performance >= 0 ? "+" : ""}${site.performance - bare.performance}), ` +
            `LCP ${(site.lcpMs / bare.lcpMs).toFixed(2)}x (${site.lcpMs.toFixed(0)} vs ${bare.lcpMs.toFixed(0)} ms), TBT ${(site.tbtMs / bare.tbtMs).toFixed(2)}x (${site.tbtMs.toFixed(0)} vs ${bare.tbtMs.toFixed(0)} ms), ` +
            `FCP ${site.fcpMs.toFixed(0)} vs ${bare.fcpMs.toFixed(0)} ms, render delay ${site.renderDelayMs.toFixed(0)} vs ${bare.renderDelayMs.toFixed(0)} ms, script ${(site.scriptBytes / 1024).toFixed(0)} vs ${(bare.scriptBytes / 1024).toFixed(0)} KB, ` +
            `of it loaded before the LCP paint ${(site.scriptBytesBeforePaint / 1024).toFixed(0)} vs ${(bare.scriptBytesBeforePaint / 1024).toFixed(0)} KB`,
        );
        lines.push(`    main thread, page vs bare page: ${mainThreadLine(site.mainThread, bare.mainThread)}`);
      }
    }
    return { lines, data };
  },
};
