/**
 * How the largest build serves: `next start` and, exported, nginx (or
 * scripts/serve-static.mts when nginx is not installed) under the same
 * autocannon load, with `next start`'s memory before and after; the essay's
 * page weight, the home page's HTML and search latency in a real browser.
 * Uses the build the `builds` module left behind.
 */
import { rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { CHROMIUM_ARGS, findChromium } from "../../tests/browser";
import type { BenchContext, BenchModule } from "./module.mjs";
import { findNginx } from "../lib/nginx.mjs";
import { pageBytes } from "./page-bytes.mjs";
import { kb, mb, measured, median, startServer, stop, treeRss } from "./run.mjs";

const LOAD_RUNS = 3;
const PAGES = ["/articles/can-anti-trafficking-be-rescued", "/", "/feed.xml"];
const SEARCH_QUERIES = ["police", "mandatory minimums", "abolition", "housing insecurity", "carceral", "Benchmark Essay 512", "self-reflection"];

async function load(url: string, connections: number, duration: number) {
  const results = [];
  for (let run = 0; run < LOAD_RUNS; run++) results.push(await autocannon({ url, connections, duration }));
  return {
    url,
    requestsPerSecond: median(results.map((result) => result.requests.average)),
    p50Ms: median(results.map((result) => result.latency.p50)),
    p99Ms: median(results.map((result) => result.latency.p99)),
    errors: results.reduce((sum, result) => sum + result.errors + result.timeouts, 0),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
  };
}

/** A short run per page first, so caches are filled before anything is measured. */
async function warmUp(origin: string, connections: number) {
  for (const page of PAGES) await autocannon({ url: `${origin}${page}`, connections, duration: 3 });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5000));

/**
 * The page's HTML (inline styles count as HTML), the scripts a browser fetches
 * for it (scripts/bench/page-bytes.mts: the site adds its own after the first
 * paint) and the stylesheets and fonts it links.
 */
async function weigh(origin: string, pagePath: string) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const loaded = await pageBytes(browser, `${origin}${pagePath}`).finally(() => browser.close());
  const html = await (await fetch(`${origin}${pagePath}`)).text();
  const assets = [...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+\.(css|woff2?))"/g)].map((match) => ({ url: match[1], kind: match[2] }));
  const weights: Record<string, { raw: number; gzip: number }> = {
    html: { raw: loaded.document.raw, gzip: loaded.document.gzip },
    css: { raw: 0, gzip: 0 },
    js: { raw: loaded.scripts.reduce((sum, script) => sum + script.raw, 0), gzip: loaded.scripts.reduce((sum, script) => sum + script.gzip, 0) },
    fonts: { raw: 0, gzip: 0 },
  };
  for (const asset of new Map(assets.map((item) => [item.url, item])).values()) {
    const body = Buffer.from(await (await fetch(`${origin}${asset.url}`)).arrayBuffer());
    const bucket = asset.kind === "css" ? "css" : "fonts";
    weights[bucket].raw += body.length;
    weights[bucket].gzip += gzipSync(body, { level: 9 }).length;
  }
  return weights;
}

/** Milliseconds from typing a query to its results on screen, in a real browser, for each query. */
async function searchLatency(origin: string) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  // A reader opens search and starts typing once the page has loaded; the page
  // starts loading the index as it opens, and the first query is reported apart.
  await page.goto(`${origin}/search`, { waitUntil: "networkidle" });
  const timings: { query: string; ms: number }[] = [];
  for (const query of SEARCH_QUERIES) {
    const box = page.getByRole("searchbox", { name: "Search the essays" });
    await box.fill("");
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length === 0);
    const started = await page.evaluate(() => performance.now());
    await box.fill(query);
    await page.waitForFunction(() => document.querySelector("#search-results li a") !== null || /No essays match/.test(document.querySelector(".search-status")?.textContent ?? ""));
    timings.push({ query, ms: (await page.evaluate(() => performance.now())) - started });
  }
  await browser.close();
  return timings;
}

export const serving: BenchModule = {
  name: "serving",
  description: "next start and a static server under load on the largest build; page weight; search latency",
  async run(context: BenchContext) {
    const built = context.results.builds as { manyDir?: string; articles?: number } | undefined;
    if (!built?.manyDir) return { lines: ["Serving: skipped (needs the builds module's large build)"], data: null };
    const dir = built.manyDir;
    const connections = Number(context.options.connections ?? 50);
    const duration = Number(context.options.duration ?? 10);
    const port = context.port;
    const origin = `http://localhost:${port}`;

    const server = await startServer("npx", ["next", "start", "-p", String(port)], dir, `${origin}/`);
    let dynamicLoad, rssBefore, rssAfter, weights, homeHtmlBytes, searchTimings;
    try {
      await warmUp(origin, connections);
      await settle();
      rssBefore = treeRss(server.pid!).total;
      dynamicLoad = [];
      for (const page of PAGES) dynamicLoad.push(await load(`${origin}${page}`, connections, duration));
      await settle();
      rssAfter = treeRss(server.pid!).total;
      weights = await weigh(origin, PAGES[0]);
      homeHtmlBytes = Buffer.byteLength(await (await fetch(`${origin}/`)).text());
      searchTimings = await searchLatency(origin);
    } finally {
      stop(server);
    }

    await measured("npx", ["tsx", "scripts/build-static.mts"], dir, { SITE_URL: origin });
    // nginx listens on 127.0.0.1 alone (scripts/lib/nginx.mts).
    const nginx = Boolean(findNginx());
    const staticServerName = nginx ? "nginx" : "scripts/serve-static.mts (Node)";
    const staticOrigin = nginx ? `http://127.0.0.1:${port}` : origin;
    const staticServer = await startServer("npx", ["tsx", nginx ? "scripts/serve-nginx.mts" : "scripts/serve-static.mts", "--dir", "out", "--port", String(port)], dir, `${staticOrigin}/`);
    const staticLoad: Awaited<ReturnType<typeof load>>[] = [];
    try {
      await warmUp(staticOrigin, connections);
      for (const page of PAGES) staticLoad.push(await load(`${staticOrigin}${page}`, connections, duration));
    } finally {
      stop(staticServer);
    }
    rmSync(dir, { recursive: true, force: true });

    const lines = [`Load on ${built.articles} articles, next start against ${staticServerName} serving the export (medians of ${LOAD_RUNS} runs of ${duration} s at ${connections} connections)`];
    dynamicLoad.forEach((result, index) => {
      const other = staticLoad[index];
      lines.push(
        `  ${PAGES[index].padEnd(42)} ${(other.requestsPerSecond / result.requestsPerSecond).toFixed(1)}x static: ${result.requestsPerSecond.toFixed(0)} req/s (p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors} errors, ${result.non2xx} non-2xx) against ${other.requestsPerSecond.toFixed(0)} req/s`,
      );
    });
    lines.push(`next start memory: ${(rssAfter / rssBefore).toFixed(2)}x after the load runs (${mb(rssAfter)} against ${mb(rssBefore)} after a warm-up)`);
    lines.push(`Essay page weight: HTML ${kb(weights.html.raw)} (${kb(weights.html.gzip)} gzipped, styles inline), CSS files ${kb(weights.css.raw)}, JS ${kb(weights.js.raw)} (${kb(weights.js.gzip)}), fonts ${kb(weights.fonts.raw)}`);
    lines.push(`Home page HTML at ${built.articles} articles: ${kb(homeHtmlBytes)}`);
    const warmSearches = searchTimings.slice(1).map((timing) => timing.ms);
    lines.push(`Search, query to results on screen: first query ${searchTimings[0].ms.toFixed(0)} ms, then median ${median(warmSearches).toFixed(0)} ms, slowest ${Math.max(...warmSearches).toFixed(0)} ms over ${warmSearches.length} queries`);
    return { lines, data: { load: { connections, durationSeconds: duration, nextStart: dynamicLoad, staticServer: staticServerName, static: staticLoad }, serverRss: { before: rssBefore, after: rssAfter }, essayWeight: weights, homeHtmlBytes, search: searchTimings } };
  },
};
