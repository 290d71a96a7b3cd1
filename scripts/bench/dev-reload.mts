/**
 * How long an editor waits under `npm run dev`: save an essay, reload its page.
 * Measured at several archive sizes beside a bare Next page served the same way,
 * in the same run, and printed as ratios. It measures; it does not assert.
 *
 *   npm run bench:dev [-- --sizes 10,100,1000 --reloads 9 --port 3310]   (uses port and port + 1)
 *
 * Each site is a scratch copy of the project under bench/tmp/ whose content holds
 * that many essays made from the real one; the bare page is a one-file Next app.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { bareProject } from "./bare-page.mjs";
import type { BenchModule } from "./module.mjs";
import { median } from "./run.mjs";
import { scratchProject } from "./scratch.mjs";

const ROOT = process.cwd();
const TMP = path.join(ROOT, "bench", "tmp");
const ESSAY_SLUG = "can-anti-trafficking-be-rescued";
const ESSAY_FILE = path.join(ROOT, "content", "articles", `${ESSAY_SLUG}.mdx`);
const EDITED_SENTENCE = "Despite a transformative moment";

export interface DevReloadOptions {
  sizes?: number[];
  /** Reloads measured per case; the median is reported. */
  reloads?: number;
  port?: number;
}

export interface DevReloadResult {
  reloads: number;
  /** Per size: the bare page's reload measured alongside, a reload, and a reload after an edit to the essay. */
  sites: { essays: number; firstLoadMs: number; bareReloadMs: number; reloadMs: number; reloadAfterEditMs: number }[];
  /** The goal's two ratios, for the largest size: to the bare page and to the smallest size. */
  largestToBare: number;
  largestToSmallest: number;
  /** The same, each size's figure first divided by the bare page's measured beside it. */
  largestToSmallestAgainstBare: number;
}

/** Milliseconds from asking for a page to having all of it, and the page itself. */
async function timedGet(url: string): Promise<{ ms: number; html: string }> {
  const started = performance.now();
  const response = await fetch(url);
  const html = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}:\n${html.slice(0, 500)}`);
  return { ms: performance.now() - started, html };
}

async function startDevServer(dir: string, port: number, url: string): Promise<ChildProcess> {
  const child = spawn("npx", ["next", "dev", "-p", String(port)], { cwd: dir, detached: true, stdio: "ignore" });
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      // The first answer includes compiling the route and, for the site, loading all its content.
      await fetch(url);
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await stopServer(child);
  throw new Error(`next dev did not answer on ${url}`);
}

/** Stops the server and every process it started (they share its process group). */
async function stopServer(child: ChildProcess) {
  const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once("exit", resolve)));
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    return; // already stopped
  }
  await exited;
  // next-server may still be flushing its cache for a moment after npx exits.
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

function removeProject(dir: string) {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
}

/**
 * One site size, with the bare page's reloads taken in turn with the site's, so
 * that both see the same load on a shared machine and their ratio holds.
 */
async function measureSite(essays: number, port: number, reloads: number, bareUrl: string) {
  const dir = scratchProject(ROOT, path.join(TMP, `dev-site-${essays}`), ESSAY_FILE, essays);
  const url = `http://localhost:${port}/articles/${ESSAY_SLUG}`;
  const file = path.join(dir, "content", "articles", `${ESSAY_SLUG}.mdx`);
  const original = readFileSync(file, "utf8");
  const startedAt = performance.now();
  const server = await startDevServer(dir, port, url);
  try {
    const firstLoadMs = performance.now() - startedAt;
    let warmed = "";
    for (let warm = 0; warm < 5; warm++) warmed = (await timedGet(url)).html;
    // A generated file with problems puts a banner on every page, and the figures would measure that instead.
    if (warmed.includes('aria-label="Content problems"')) throw new Error(`the site of ${essays} essays has content problems; run npm run check in ${dir}`);
    const bare: number[] = [];
    const plain: number[] = [];
    const edited: number[] = [];
    for (let run = 0; run < reloads; run++) {
      bare.push((await timedGet(bareUrl)).ms);
      plain.push((await timedGet(url)).ms);
      // A real edit: the text changes, so the essay is read and compiled again.
      const marker = `Edit number ${run} of the benchmark.`;
      writeFileSync(file, original.replace(EDITED_SENTENCE, `${marker} ${EDITED_SENTENCE}`));
      const { ms, html } = await timedGet(url);
      if (!html.includes(marker)) throw new Error(`the edit did not show on reload at ${essays} essays`);
      edited.push(ms);
    }
    return { essays, firstLoadMs, bareReloadMs: median(bare), reloadMs: median(plain), reloadAfterEditMs: median(edited) };
  } finally {
    await stopServer(server);
    removeProject(dir);
  }
}

export async function benchDevReload(options: DevReloadOptions = {}): Promise<DevReloadResult> {
  const sizes = options.sizes ?? [10, 100, 1000];
  const reloads = options.reloads ?? 9;
  const port = options.port ?? 3310;
  mkdirSync(TMP, { recursive: true });
  console.log(`Dev reloads (next dev) of an essay page at ${sizes.join(", ")} essays beside a bare Next page, medians of ${reloads} reloads`);
  // The same baseline as the other bench modules: a bare Next page holding the essay's text.
  const bareDir = bareProject(ROOT, path.join(TMP, "dev-bare"), ESSAY_FILE);
  const bareUrl = `http://localhost:${port}/`;
  const bareServer = await startDevServer(bareDir, port, bareUrl);
  const sites: DevReloadResult["sites"] = [];
  try {
    for (let warm = 0; warm < 5; warm++) await timedGet(bareUrl);
    for (const size of sizes) sites.push(await measureSite(size, port + 1, reloads, bareUrl));
  } finally {
    await stopServer(bareServer);
    removeProject(bareDir);
  }

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const smallest = sites[0];
  // The sizes are served one after another, minutes apart, and this machine's speed drifts
  // over minutes; each size's figure divided by the bare page's measured beside it does not.
  const againstBare = (site: DevReloadResult["sites"][number]) => site.reloadAfterEditMs / site.bareReloadMs;
  console.log("essays  first load  bare page  reload  after an edit  edit/bare  edit/smallest  same, each ÷ bare");
  for (const site of sites) {
    console.log(
      [
        String(site.essays).padStart(6),
        ms(site.firstLoadMs).padStart(10),
        ms(site.bareReloadMs).padStart(9),
        ms(site.reloadMs).padStart(6),
        ms(site.reloadAfterEditMs).padStart(13),
        `${(site.reloadAfterEditMs / site.bareReloadMs).toFixed(1)}x`.padStart(9),
        `${(site.reloadAfterEditMs / smallest.reloadAfterEditMs).toFixed(2)}x`.padStart(13),
        `${(againstBare(site) / againstBare(smallest)).toFixed(2)}x`.padStart(17),
      ].join("  "),
    );
  }
  const largest = sites.at(-1)!;
  const largestToBare = largest.reloadAfterEditMs / largest.bareReloadMs;
  const largestToSmallest = largest.reloadAfterEditMs / smallest.reloadAfterEditMs;
  const largestToSmallestAgainstBare = againstBare(largest) / againstBare(smallest);
  console.log(
    `Goal at ${largest.essays} essays, reload after an edit: within 5x the bare page (${largestToBare.toFixed(1)}x) and 1.5x ${smallest.essays} essays (${largestToSmallest.toFixed(2)}x; ${largestToSmallestAgainstBare.toFixed(2)}x with each divided by the bare page measured beside it)\n`,
  );
  return { reloads, sites, largestToBare, largestToSmallest, largestToSmallestAgainstBare };
}

/** The same measurement as one of `npm run bench`'s modules; it prints its own table as it goes. */
export const devReload: BenchModule = {
  name: "dev-reload",
  description: "next dev: reloading an essay after an edit at 10, 100 and 1,000 essays, beside a bare Next page",
  async run(context) {
    // Above the ports the other modules take from context.port.
    const data = await benchDevReload({ port: context.port + 50 });
    return { lines: [], data };
  },
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { sizes: { type: "string" }, reloads: { type: "string" }, port: { type: "string" } } });
  await benchDevReload({
    sizes: values.sizes?.split(",").map(Number),
    reloads: values.reloads ? Number(values.reloads) : undefined,
    port: values.port ? Number(values.port) : undefined,
  });
}
