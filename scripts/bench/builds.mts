/**
 * Build times, each as a ratio to a baseline built in the same run:
 * - a one-essay build against the bare Next page's build (runs interleaved);
 * - a cold build of `--articles` essays (default 1,000) against Astro 5's build of the
 *   same files, when `--peer-build <peer-build.sh>` says where the developers' script is;
 * - a rebuild after editing one of those essays against the cold build, for
 *   `npm run build` and for `npm run build:static`;
 * with where the time goes by step and by route kind, CPU time beside wall time
 * (on a shared machine the CPU time moves less), and peak memory; and what the
 * export gives a static host to hold, in files and bytes, beside its limits.
 */
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { filesUnder } from "../../lib/build-plan/built-files";
import type { BuildReport } from "../lib/build-site.mjs";
import { bareProject } from "./bare-page.mjs";
import { buildProfile, type BuildProfile } from "./build-profile.mjs";
import type { BenchContext, BenchModule } from "./module.mjs";
import { mb, measured, median, ratio, seconds } from "./run.mjs";
import { editOneEssay, scratchProject } from "./scratch.mjs";

type BuildKind = "server" | "static";

interface SiteBuild {
  ms: number;
  cpuMs: number;
  peakBytes: number;
  peakLargestBytes: number;
  compilesPerFile: number;
  report: BuildReport;
  profile: BuildProfile;
  /** What the export holds (static builds only). */
  output?: { files: number; bytes: number };
}

/** The files under `dir` and their bytes. */
function folderSize(dir: string): { files: number; bytes: number } {
  const files = filesUnder(dir);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0) };
}

/** One round of the archive's builds: the peers', then the site's cold and after an edit, for both commands. */
interface ArchiveRound {
  peer?: Awaited<ReturnType<typeof peerBuild>>;
  cold: SiteBuild;
  warm: SiteBuild;
  coldStatic: SiteBuild;
  warmStatic: SiteBuild;
}

/** All of `npm run build` (server) or `npm run build:static` (static), as a developer runs it; cold: with no earlier build and no cache. */
async function buildSite(dir: string, siteUrl: string, contentFiles: number, { cold, kind }: { cold: boolean; kind: BuildKind }): Promise<SiteBuild> {
  const compileLog = path.join(dir, "compiles.log");
  const reportFile = path.join(dir, "build-report.json");
  rmSync(compileLog, { force: true });
  if (cold) for (const built of kind === "server" ? [".next", path.join("public", "pagefind")] : [".next-static-build", "out"]) rmSync(path.join(dir, built), { recursive: true, force: true });
  const run = await measured("npx", ["tsx", kind === "server" ? "scripts/build.mts" : "scripts/build-static.mts", "--report", reportFile], dir, { SITE_URL: siteUrl, CONTENT_COMPILE_LOG: compileLog });
  const compiles = existsSync(compileLog) ? readFileSync(compileLog, "utf8").trim().split("\n").filter(Boolean).length : 0;
  return {
    ms: run.ms,
    cpuMs: run.cpuMs,
    peakBytes: run.peakBytes,
    peakLargestBytes: run.peakLargestBytes,
    compilesPerFile: compiles / contentFiles,
    report: JSON.parse(readFileSync(reportFile, "utf8")) as BuildReport,
    profile: buildProfile(dir, kind === "server" ? ".next" : ".next-static-build"),
    output: kind === "static" ? folderSize(path.join(dir, "out")) : undefined,
  };
}

async function buildBare(dir: string) {
  rmSync(path.join(dir, ".next"), { recursive: true, force: true });
  const build = await measured("npx", ["next", "build"], dir);
  return { ms: build.ms, cpuMs: build.cpuMs, profile: buildProfile(dir) };
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

const STEP_NAMES: Record<string, string> = { caches: "build caches", plan: "plan", next: "next build", keep: "kept outputs", "search index": "search index", finish: "finishing pages", payloads: "payload files deleted", leftovers: "unloaded scripts deleted" };

const stepLine = (build: SiteBuild) => {
  const plan = build.report.plan;
  const what = plan.kind === "full" ? "everything made" : `${plan.render} outputs made, ${plan.reuse} kept, ${plan.remove} gone`;
  const steps = Object.entries(build.report.phasesMs)
    .map(([step, ms]) => `${STEP_NAMES[step] ?? step} ${seconds(ms)}`)
    .join(", ");
  const next = Object.entries(build.profile.phasesMs)
    .map(([phase, ms]) => `${phase} ${seconds(ms)}`)
    .join(", ");
  return `  ${what}; steps: ${steps}${next ? ` (in next build: ${next})` : ""}`;
};

const kindLine = (profile: BuildProfile) =>
  Object.entries(profile.routeKindsMs)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, ms]) => `${kind} ${seconds(ms)} (${profile.routeCounts[kind]})`)
    .join(", ");

const cpu = (build: { cpuMs: number }) => `CPU ${seconds(build.cpuMs)}`;
const percent = (value: number, baseline: number) => `${((value / baseline) * 100).toFixed(0)}%`;

export const builds: BenchModule = {
  name: "builds",
  description: "one-essay build against the bare page's; cold, and after editing one essay, at --articles essays, for npm run build and build:static",
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
      one.push(await buildSite(oneDir, siteUrl, 4, { cold: true, kind: "server" }));
    }
    const bareMs = median(bare.map((build) => build.ms));
    const oneMs = median(one.map((build) => build.ms));
    lines.push(`One-essay build: ${ratio(oneMs, bareMs)} the bare page's build (${seconds(oneMs)} against ${seconds(bareMs)}, medians of ${context.runs} interleaved cold builds; target ≤ 2x)`);
    lines.push(`  CPU: ${ratio(median(one.map((build) => build.cpuMs)), median(bare.map((build) => build.cpuMs)))} (${seconds(median(one.map((build) => build.cpuMs)))} against ${seconds(median(bare.map((build) => build.cpuMs)))})`);
    // Steps of the run whose total is the median, so they add up to the figure printed above.
    const middleOne = [...one].sort((a, b) => a.ms - b.ms)[Math.floor(one.length / 2)];
    const middleBare = [...bare].sort((a, b) => a.ms - b.ms)[Math.floor(bare.length / 2)];
    lines.push(`  site:${stepLine(middleOne).slice(1)}`);
    lines.push(`  bare phases: ${Object.entries(middleBare.profile.phasesMs).map(([phase, ms]) => `${phase} ${seconds(ms)}`).join(", ")}`);
    rmSync(oneDir, { recursive: true, force: true });

    // Many essays, in rounds (--archive-runs), each on the same files: the peer builders first, then the
    // site cold, then again after an edit; then the static export the same way. Each ratio is taken within
    // its round, so both sides of it saw the same machine, and the median of the rounds' ratios is printed.
    const manyDir = scratchProject(context.root, path.join(context.tmp, `site-${articles}`), context.essayFile, articles);
    const contentFiles = articles + 3;
    const peerScript = context.options["peer-build"];
    const archiveRuns = Math.max(1, Number(context.options["archive-runs"] ?? 3));
    const rounds: ArchiveRound[] = [];
    for (let run = 0; run < archiveRuns; run++) {
      const peer = peerScript ? await peerBuild(path.resolve(peerScript), path.join(manyDir, "content", "articles"), context.root) : undefined;
      const cold = await buildSite(manyDir, siteUrl, contentFiles, { cold: true, kind: "server" });
      editOneEssay(manyDir, Math.floor(articles / 2), new Date().toISOString());
      const warm = await buildSite(manyDir, siteUrl, contentFiles, { cold: false, kind: "server" });
      const coldStatic = await buildSite(manyDir, siteUrl, contentFiles, { cold: true, kind: "static" });
      editOneEssay(manyDir, Math.floor(articles / 3), new Date().toISOString());
      const warmStatic = await buildSite(manyDir, siteUrl, contentFiles, { cold: false, kind: "static" });
      rounds.push({ peer, cold, warm, coldStatic, warmStatic });
    }
    // The round whose cold build is the median gives the steps, so they add up to a figure printed;
    // for the export, the round whose cold export is.
    const medianRound = (of: (round: ArchiveRound) => SiteBuild) => [...rounds].sort((a, b) => of(a).ms - of(b).ms)[Math.floor(rounds.length / 2)];
    const middle = medianRound((round) => round.cold);
    const { cold, warm } = middle;
    const { coldStatic, warmStatic } = medianRound((round) => round.coldStatic);
    const of = rounds.length === 1 ? "one round" : `median of ${rounds.length} rounds`;
    const each = (value: (round: ArchiveRound) => string) => (rounds.length === 1 ? "" : `; rounds: ${rounds.map(value).join(", ")}`);
    const largest = Math.max(...rounds.map((round) => round.cold.peakLargestBytes));

    if (rounds.every((round) => round.peer?.astro)) {
      const astroRatio = median(rounds.map((round) => round.cold.ms / round.peer!.astro!.ms));
      const peer = middle.peer!;
      lines.push(
        `Cold build of ${articles} essays: ${ratio(astroRatio, 1)} Astro 5's build of the same files (${of}; target ≤ 1.5x)` +
          each((round) => `${ratio(round.cold.ms, round.peer!.astro!.ms)} (${seconds(round.cold.ms)} against ${seconds(round.peer!.astro!.ms)})`),
      );
      lines.push(`  peak memory, largest process: ${mb(largest)} at most, all processes ${mb(cold.peakBytes)} (Astro ${mb(peer.astro!.peakBytes)}${peer.hugo ? `, Hugo ${seconds(peer.hugo.ms)}, ${mb(peer.hugo.peakBytes)}` : ""}; target ≤ 1 GB)`);
    } else {
      lines.push(
        `Cold build of ${articles} essays: ${seconds(cold.ms)} (${of}), peak memory of the largest process ${mb(largest)} at most, all processes ${mb(cold.peakBytes)} (pass --peer-build <path to peer-build.sh> for the ratio to Astro)`,
      );
    }
    lines.push(`  the median round: ${cpu(cold)};${stepLine(cold).slice(1)}`);
    lines.push(`  generation by route kind: ${kindLine(cold.profile)}`);
    lines.push(`  compilations per content file: ${cold.compilesPerFile.toFixed(2)} cold, ${warm.compilesPerFile.toFixed(3)} after the edit`);
    const rebuildLine = (command: string, baseline: string, warmOf: (round: ArchiveRound) => SiteBuild, coldOf: (round: ArchiveRound) => SiteBuild) => {
      const share = median(rounds.map((round) => warmOf(round).ms / coldOf(round).ms));
      const cpuShare = median(rounds.map((round) => warmOf(round).cpuMs / coldOf(round).cpuMs));
      return (
        `Rebuild after editing one essay (${command}): ${percent(share, 1)} of the ${baseline} (${of}; CPU ${percent(cpuShare, 1)}; target ≤ 30%)` +
        each((round) => `${percent(warmOf(round).ms, coldOf(round).ms)} (${seconds(warmOf(round).ms)} against ${seconds(coldOf(round).ms)})`)
      );
    };
    lines.push(rebuildLine("npm run build", "cold build", (round) => round.warm, (round) => round.cold));
    lines.push(`  the median round:${stepLine(warm).slice(1)}`);
    lines.push(`  generation by route kind: ${kindLine(warm.profile)}`);
    lines.push(`Static export of ${articles} essays, cold: ${seconds(coldStatic.ms)} (${of}; the median round: ${cpu(coldStatic)}, largest process ${mb(coldStatic.peakLargestBytes)})`);
    lines.push(`  the median round:${stepLine(coldStatic).slice(1)}`);
    // A host's limits, not a target of the issue: Cloudflare Pages' Free plan holds 20,000 files per site, GitHub Pages 1 GB.
    if (coldStatic.output) lines.push(`  the export holds ${coldStatic.output.files.toLocaleString("en")} files, ${mb(coldStatic.output.bytes)} (Cloudflare Pages' Free plan: 20,000 files per site; GitHub Pages: 1 GB)`);
    lines.push(rebuildLine("npm run build:static", "cold export", (round) => round.warmStatic, (round) => round.coldStatic));
    lines.push(`  the median round:${stepLine(warmStatic).slice(1)}`);
    return { lines, data: { bare, one, articles, rounds, manyDir } };
  },
};
