/**
 * Build times, each as a ratio to a baseline built in the same run:
 * - a one-essay build against the bare Next page's build (runs interleaved);
 * - a cold build of `--articles` essays (default 1,000) against Astro 5's build of the
 *   same files, when `--peer-build <peer-build.sh>` says where the developers' script is;
 * - a rebuild after editing one of those essays against the cold build;
 * with where the time goes by phase and by route kind, and peak memory.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { bareProject } from "./bare-page.mjs";
import { buildProfile, type BuildProfile } from "./build-profile.mjs";
import type { BenchContext, BenchModule } from "./module.mjs";
import { mb, measured, median, ratio, seconds } from "./run.mjs";
import { editOneEssay, scratchProject } from "./scratch.mjs";

interface SiteBuild {
  ms: number;
  nextMs: number;
  warmCachesMs: number;
  searchIndexMs: number;
  finishMs: number;
  peakBytes: number;
  peakLargestBytes: number;
  compilesPerFile: number;
  profile: BuildProfile;
}

/** Everything `npm run build` does: pages, share images, feeds, sitemap, then the search index, then finishing the pages. */
async function buildSite(dir: string, siteUrl: string, contentFiles: number, { cold }: { cold: boolean }): Promise<SiteBuild> {
  const compileLog = path.join(dir, "compiles.log");
  rmSync(compileLog, { force: true });
  // Cold: no .next at all, so no cache of any kind. Warm: Next empties .next itself but keeps .next/cache.
  if (cold) rmSync(path.join(dir, ".next"), { recursive: true, force: true });
  const env = { SITE_URL: siteUrl, CONTENT_COMPILE_LOG: compileLog };
  const warm = await measured("npx", ["tsx", "scripts/warm-build-caches.mts"], dir, env);
  const next = await measured("npx", ["next", "build"], dir, env);
  const index = await measured("npx", ["tsx", "scripts/build-search-index.mts"], dir, env);
  const finish = await measured("npx", ["tsx", "scripts/finish-pages.mts"], dir, env);
  const compiles = existsSync(compileLog) ? readFileSync(compileLog, "utf8").trim().split("\n").filter(Boolean).length : 0;
  const steps = [warm, next, index, finish];
  return {
    ms: steps.reduce((sum, step) => sum + step.ms, 0),
    warmCachesMs: warm.ms,
    nextMs: next.ms,
    searchIndexMs: index.ms,
    finishMs: finish.ms,
    peakBytes: Math.max(...steps.map((step) => step.peakBytes)),
    peakLargestBytes: Math.max(...steps.map((step) => step.peakLargestBytes)),
    compilesPerFile: compiles / contentFiles,
    profile: buildProfile(dir),
  };
}

async function buildBare(dir: string) {
  rmSync(path.join(dir, ".next"), { recursive: true, force: true });
  const build = await measured("npx", ["next", "build"], dir);
  return { ms: build.ms, profile: buildProfile(dir) };
}

/** Runs the developers' peer-build.sh on a folder of essays and reads its "astro: 60.4 s, peak 1234 KB" lines. */
async function peerBuild(script: string, essays: string, cwd: string) {
  const run = await measured("bash", [script, essays], cwd);
  const figure = (name: string) => {
    const match = new RegExp(`^${name}: ([\\d.]+) s, peak (\\d+) KB`, "m").exec(run.stdout);
    return match ? { ms: Number(match[1]) * 1000, peakBytes: Number(match[2]) * 1024 } : undefined;
  };
  return { hugo: figure("hugo"), astro: figure("astro") };
}

const phaseLine = (profile: BuildProfile) =>
  Object.entries(profile.phasesMs)
    .map(([phase, ms]) => `${phase} ${seconds(ms)}`)
    .join(", ");

const kindLine = (profile: BuildProfile) =>
  Object.entries(profile.routeKindsMs)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, ms]) => `${kind} ${seconds(ms)} (${profile.routeCounts[kind]})`)
    .join(", ");

export const builds: BenchModule = {
  name: "builds",
  description: "one-essay build against the bare page's; cold, and warm after editing one essay, at --articles essays",
  async run(context: BenchContext) {
    const lines: string[] = [];
    const siteUrl = `http://localhost:${context.port}`;
    const articles = Number(context.options.articles ?? 1000);

    // One essay against the bare page, interleaved so both see the same machine.
    const bareDir = bareProject(context.root, path.join(context.tmp, "bare"), context.essayFile);
    const oneDir = scratchProject(context.root, path.join(context.tmp, "site-1"), context.essayFile, 1);
    const bare: Awaited<ReturnType<typeof buildBare>>[] = [];
    const one: SiteBuild[] = [];
    for (let run = 0; run < context.runs; run++) {
      bare.push(await buildBare(bareDir));
      one.push(await buildSite(oneDir, siteUrl, 4, { cold: true }));
    }
    const bareMs = median(bare.map((build) => build.ms));
    const oneMs = median(one.map((build) => build.ms));
    lines.push(`One-essay build: ${ratio(oneMs, bareMs)} the bare page's build (${seconds(oneMs)} against ${seconds(bareMs)}, medians of ${context.runs} interleaved cold builds; target ≤ 2x)`);
    // Phases of the run whose total is the median, so they add up to the figure printed above.
    const middleOne = [...one].sort((a, b) => a.ms - b.ms)[Math.floor(one.length / 2)];
    const middleBare = [...bare].sort((a, b) => a.ms - b.ms)[Math.floor(bare.length / 2)];
    lines.push(`  site phases: build caches ${seconds(middleOne.warmCachesMs)}, ${phaseLine(middleOne.profile)}, search index ${seconds(middleOne.searchIndexMs)}, finishing pages ${seconds(middleOne.finishMs)}`);
    lines.push(`  bare phases: ${phaseLine(middleBare.profile)}`);
    rmSync(oneDir, { recursive: true, force: true });

    // Many essays: the peer builders on the same files first, then the site cold, then warm.
    const manyDir = scratchProject(context.root, path.join(context.tmp, `site-${articles}`), context.essayFile, articles);
    const contentFiles = articles + 3;
    const peerScript = context.options["peer-build"];
    const peer = peerScript ? await peerBuild(path.resolve(peerScript), path.join(manyDir, "content", "articles"), context.root) : undefined;
    const cold = await buildSite(manyDir, siteUrl, contentFiles, { cold: true });
    editOneEssay(manyDir, Math.floor(articles / 2), new Date().toISOString());
    const warm = await buildSite(manyDir, siteUrl, contentFiles, { cold: false });

    if (peer?.astro) {
      lines.push(`Cold build of ${articles} essays: ${ratio(cold.ms, peer.astro.ms)} Astro 5's build of the same files (${seconds(cold.ms)} against ${seconds(peer.astro.ms)}; target ≤ 1x)`);
      lines.push(`  peak memory, largest process: ${mb(cold.peakLargestBytes)} (Astro ${mb(peer.astro.peakBytes)}${peer.hugo ? `, Hugo ${seconds(peer.hugo.ms)}, ${mb(peer.hugo.peakBytes)}` : ""}; target ≤ 1 GB)`);
    } else {
      lines.push(`Cold build of ${articles} essays: ${seconds(cold.ms)}, peak memory of the largest process ${mb(cold.peakLargestBytes)} (pass --peer-build <path to peer-build.sh> for the ratio to Astro)`);
    }
    lines.push(`  phases: build caches ${seconds(cold.warmCachesMs)}, ${phaseLine(cold.profile)}, search index ${seconds(cold.searchIndexMs)}, finishing pages ${seconds(cold.finishMs)}`);
    lines.push(`  generation by route kind: ${kindLine(cold.profile)}`);
    lines.push(`  compilations per content file: ${cold.compilesPerFile.toFixed(2)} cold, ${warm.compilesPerFile.toFixed(3)} after the edit`);
    lines.push(`Rebuild after editing one essay: ${(warm.ms / cold.ms * 100).toFixed(0)}% of the cold build (${seconds(warm.ms)} against ${seconds(cold.ms)}; target ≤ 30%)`);
    lines.push(`  phases: build caches ${seconds(warm.warmCachesMs)}, ${phaseLine(warm.profile)}, search index ${seconds(warm.searchIndexMs)}, finishing pages ${seconds(warm.finishMs)}`);
    lines.push(`  generation by route kind: ${kindLine(warm.profile)}`);
    return { lines, data: { bare, one, articles, peer, cold, warm, manyDir } };
  },
};
