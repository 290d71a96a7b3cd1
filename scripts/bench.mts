/**
 * `npm run bench`: how the site builds, serves and weighs at scale. Prints a
 * table and writes bench/results.json. Not a test: it measures, it does not
 * assert.
 *
 *   npm run bench [-- --sizes 1,100,1000 --runs 3 --duration 10 --connections 50]
 *
 * Each size is built in a scratch copy of the project under bench/tmp/ (never
 * in content/), with articles generated from the real essay under distinct
 * slugs and titles. The largest build is then served by `next start` and, as
 * an export, by a plain static server (nginx when installed, else
 * scripts/serve-static.mts), both under the same autocannon load.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { CHROMIUM_ARGS, findChromium } from "../tests/browser";
import { benchDevReload } from "./bench/dev-reload.mjs";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1,100,1000" },
    runs: { type: "string", default: "3" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
  },
});
const sizes = values.sizes!.split(",").map(Number);
const runs = Number(values.runs);
const duration = Number(values.duration);
const connections = Number(values.connections);
const ROOT = process.cwd();
const TMP = path.join(ROOT, "bench", "tmp");
const ESSAY_FILE = path.join(ROOT, "content/articles/can-anti-trafficking-be-rescued.mdx");
const PROJECT_FILES = ["app", "components", "lib", "assets", "public", "scripts", "deploy", "tests/browser.ts", ".env", "package.json", "tsconfig.json", "next.config.ts", "proxy.ts"];

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A scratch copy of the project whose content holds `count` essays made from the real one. */
function scratchProject(count: number): string {
  const dir = path.join(TMP, `site-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT_FILES) {
    mkdirSync(path.dirname(path.join(dir, entry)), { recursive: true });
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  rmSync(path.join(dir, "public", "pagefind"), { recursive: true, force: true });
  // Inside the project, so Turbopack's root (found from package-lock.json) contains the link's target.
  symlinkSync(path.relative(dir, path.join(ROOT, "node_modules")), path.join(dir, "node_modules"));
  cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
  const essay = readFileSync(ESSAY_FILE, "utf8");
  const start = Date.UTC(2020, 0, 1);
  for (let index = 1; index < count; index++) {
    const date = new Date(start + index * 86_400_000 * 0.7).toISOString().slice(0, 10);
    const text = essay
      .replace(/^title: .*$/m, `title: "Can Anti-Trafficking Be Rescued? Benchmark Essay ${index}"`)
      .replace(/^published: .*$/m, `published: ${date}`)
      // A distinct body per article, so no two share a cache entry.
      .replace("Despite a transformative moment", `Essay ${index}. Despite a transformative moment`);
    writeFileSync(path.join(dir, "content", "articles", `benchmark-essay-${index}.mdx`), text);
  }
  return dir;
}

/** Total resident memory of a process and all its descendants, in bytes. */
function treeRss(rootPid: number): number {
  let table: string;
  try {
    table = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" });
  } catch {
    return 0;
  }
  const rows = table.trim().split("\n").map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const [pid, ppid, kb] of rows) {
    rss.set(pid, kb * 1024);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to completion, measuring wall time and the peak memory of its process tree. */
function measured(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ ms: number; peakBytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let peak = 0;
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 150);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ ms: performance.now() - started, peakBytes: peak });
      else reject(new Error(`${command} ${args.join(" ")} failed (${code}) in ${cwd}:\n${stderr.slice(-2000)}`));
    });
  });
}

/** Everything the build makes: pages, images, feeds, sitemap, then the search index. */
async function buildSite(dir: string, siteUrl: string) {
  const compileLog = path.join(dir, "compiles.log");
  rmSync(compileLog, { force: true });
  rmSync(path.join(dir, ".next"), { recursive: true, force: true });
  const env = { SITE_URL: siteUrl, CONTENT_COMPILE_LOG: compileLog };
  const next = await measured("npx", ["next", "build"], dir, env);
  const index = await measured("npx", ["tsx", "scripts/build-search-index.mts"], dir, env);
  const compiles = existsSync(compileLog) ? readFileSync(compileLog, "utf8").trim().split("\n").filter(Boolean).length : 0;
  return { ms: next.ms + index.ms, peakBytes: Math.max(next.peakBytes, index.peakBytes), compiles };
}

function startServer(command: string, args: string[], cwd: string, url: string): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, detached: true, stdio: "ignore" });
  return (async () => {
    for (let attempt = 0; attempt < 150; attempt++) {
      try {
        if ((await fetch(url)).ok) return child;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${command} did not answer on ${url}`);
  })();
}

function stop(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    // already stopped
  }
}

const LOAD_RUNS = 3;

/** Median figures of LOAD_RUNS autocannon runs against one address; errors are summed. */
async function load(url: string) {
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
async function warmUp(origin: string, paths: string[]) {
  for (const page of paths) await autocannon({ url: `${origin}${page}`, connections, duration: 3 });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5000));

async function weigh(origin: string, pagePath: string) {
  const html = await (await fetch(`${origin}${pagePath}`)).text();
  const assets = [...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+\.(css|js|woff2?))"/g)].map((match) => ({ url: match[1], kind: match[2] }));
  const weights: Record<string, { raw: number; gzip: number }> = { html: { raw: Buffer.byteLength(html), gzip: gzipSync(html).length }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, fonts: { raw: 0, gzip: 0 } };
  for (const asset of new Map(assets.map((item) => [item.url, item])).values()) {
    const body = Buffer.from(await (await fetch(`${origin}${asset.url}`)).arrayBuffer());
    const bucket = asset.kind === "css" ? "css" : asset.kind === "js" ? "js" : "fonts";
    weights[bucket].raw += body.length;
    weights[bucket].gzip += gzipSync(body).length;
  }
  return weights;
}

/** Milliseconds from typing a query to its results on screen, in a real browser, for each query. */
async function searchLatency(origin: string, queries: string[]) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  // A reader opens search and starts typing once the page has loaded; the page
  // starts loading the index as it opens, and the first query is reported apart.
  await page.goto(`${origin}/search`, { waitUntil: "networkidle" });
  const timings: { query: string; ms: number }[] = [];
  for (const query of queries) {
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const machine = { cores: os.cpus().length, memory: mb(os.totalmem()), node: process.version, platform: `${os.type()} ${os.release()}` };
console.log(`Machine: ${machine.cores} cores, ${machine.memory}, Node ${machine.node}, ${machine.platform}`);
console.log(`Builds: sizes ${sizes.join(", ")}, ${runs} runs each (medians); load: ${connections} connections, ${duration} s each\n`);

const builds: { articles: number; wallMs: number; peakBytes: number; compilesPerArticle: number; runs: number[] }[] = [];
const largest = Math.max(...sizes);
let largestDir = "";
const port = 3300;
const origin = `http://localhost:${port}`;
for (const size of sizes) {
  const dir = scratchProject(size);
  const results = [];
  for (let run = 0; run < runs; run++) {
    results.push(await buildSite(dir, origin));
    appendFileSync(path.join(TMP, "progress.log"), `${size} articles, run ${run + 1}: ${(results.at(-1)!.ms / 1000).toFixed(1)} s\n`);
  }
  builds.push({
    articles: size,
    wallMs: median(results.map((result) => result.ms)),
    peakBytes: median(results.map((result) => result.peakBytes)),
    // Articles plus the author, the topic and the collective.
    compilesPerArticle: results[0].compiles / (size + 3),
    runs: results.map((result) => Math.round(result.ms)),
  });
  if (size === largest) largestDir = dir;
  else rmSync(dir, { recursive: true, force: true });
}

console.log("articles  build (median)  peak memory  compiles per content file");
for (const build of builds) console.log(`${String(build.articles).padStart(8)}  ${(build.wallMs / 1000).toFixed(1).padStart(12)} s  ${mb(build.peakBytes).padStart(11)}  ${build.compilesPerArticle.toFixed(2)}`);
const [smaller, larger] = [builds.at(-2), builds.at(-1)];
const marginalMs = smaller && larger ? (larger.wallMs - smaller.wallMs) / (larger.articles - smaller.articles) : NaN;
console.log(`Marginal cost: ${marginalMs.toFixed(1)} ms per article (between ${smaller?.articles} and ${larger?.articles})\n`);

const pages = ["/articles/can-anti-trafficking-be-rescued", "/", "/feed.xml"];
const server = await startServer("npx", ["next", "start", "-p", String(port)], largestDir, `${origin}/`);
await warmUp(origin, pages);
await settle();
const rssBefore = treeRss(server.pid!);
const dynamicLoad: Awaited<ReturnType<typeof load>>[] = [];
for (const page of pages) dynamicLoad.push(await load(`${origin}${page}`));
await settle();
const rssAfter = treeRss(server.pid!);
const weights = await weigh(origin, pages[0]);
const homeHtmlBytes = Buffer.byteLength(await (await fetch(`${origin}/`)).text());
const SEARCH_QUERIES = ["police", "mandatory minimums", "abolition", "housing insecurity", "carceral", "Benchmark Essay 512", "self-reflection"];
const searchTimings = await searchLatency(origin, SEARCH_QUERIES);
stop(server);

await measured("npx", ["tsx", "scripts/build-static.mts"], largestDir, { SITE_URL: origin });
const nginx = (() => {
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
})();
let staticServerName = "scripts/serve-static.mts (Node)";
let staticServer: ChildProcess;
if (nginx) {
  staticServerName = "nginx";
  const conf = path.join(largestDir, "nginx-bench.conf");
  const site = readFileSync(path.join(ROOT, "deploy/nginx.conf"), "utf8").replace("listen 80;", `listen ${port};`).replace("root /srv/reframe/out;", `root ${path.join(largestDir, "out")};`);
  writeFileSync(conf, `worker_processes auto; pid ${largestDir}/nginx.pid; error_log /dev/null; events { worker_connections 1024; } http { access_log off; include /etc/nginx/mime.types; ${site} }`);
  staticServer = await startServer(nginx, ["-c", conf, "-g", "daemon off;"], largestDir, `${origin}/`);
} else {
  staticServer = await startServer("npx", ["tsx", "scripts/serve-static.mts", "--dir", "out", "--port", String(port)], largestDir, `${origin}/`);
}
await warmUp(origin, pages);
const staticLoad: Awaited<ReturnType<typeof load>>[] = [];
for (const page of pages) staticLoad.push(await load(`${origin}${page}`));
stop(staticServer);

console.log(`Load on ${largest} articles          next start req/s  p50   p99   errors non-2xx | ${staticServerName} req/s  ratio`);
dynamicLoad.forEach((result, index) => {
  const other = staticLoad[index];
  console.log(
    `${pages[index].padEnd(40)} ${result.requestsPerSecond.toFixed(0).padStart(8)}  ${String(result.p50Ms).padStart(4)}  ${String(result.p99Ms).padStart(4)}  ${String(result.errors).padStart(6)} ${String(result.non2xx).padStart(7)} | ${other.requestsPerSecond.toFixed(0).padStart(8)}  ${(other.requestsPerSecond / result.requestsPerSecond).toFixed(1)}x`,
  );
});
console.log(`(medians of ${LOAD_RUNS} runs of ${duration} s per address)`);
console.log(`next start memory: ${mb(rssBefore)} after a warm-up, ${mb(rssAfter)} after the load runs (${(rssAfter / rssBefore).toFixed(2)}x)`);
console.log(`\nEssay page weight: HTML ${kb(weights.html.raw)} (${kb(weights.html.gzip)} gzipped), CSS ${kb(weights.css.raw)} (${kb(weights.css.gzip)}), JS ${kb(weights.js.raw)} (${kb(weights.js.gzip)}), fonts ${kb(weights.fonts.raw)}`);
console.log(`Home page HTML at ${largest} articles: ${kb(homeHtmlBytes)}`);
const warmSearches = searchTimings.slice(1).map((timing) => timing.ms);
console.log(`Search, query to results on screen: first query ${searchTimings[0].ms.toFixed(0)} ms, then median ${median(warmSearches).toFixed(0)} ms, slowest ${Math.max(...warmSearches).toFixed(0)} ms over ${warmSearches.length} queries`);

const devReload = await benchDevReload();

const results = { date: new Date().toISOString(), machine, builds, devReload, marginalMsPerArticle: marginalMs, load: { connections, durationSeconds: duration, nextStart: dynamicLoad, staticServer: staticServerName, static: staticLoad }, serverRss: { before: rssBefore, after: rssAfter }, essayWeight: weights, homeHtmlBytes, search: searchTimings };
writeFileSync(path.join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
rmSync(largestDir, { recursive: true, force: true });
console.log("\nWrote bench/results.json");
