/**
 * `npm run bench`: how fast the site is for readers and editors, each figure a
 * ratio to a baseline measured in the same run (the machine is shared and
 * noisy; a ratio is what does not move with it), absolute figures beside.
 * Prints each module's lines and writes them into bench/results.json. Not a test: it
 * measures, it does not assert.
 *
 *   npm run bench [-- --only reader,builds,import --runs 3 --lighthouse-runs 10 --articles 1000 --archive-runs 3
 *                     --peer-build ../shared/tools/peer-build.sh --duration 10 --connections 50]
 *
 * Everything is built in scratch copies under bench/tmp/ (gitignored), never in content/.
 * A measurement is a module (scripts/bench/module.mts) in MODULES below.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { builds } from "./bench/builds.mjs";
import { devReload } from "./bench/dev-reload.mjs";
import { importer } from "./bench/import.mjs";
import { editor } from "./bench/editor.mjs";
import type { BenchContext, BenchModule } from "./bench/module.mjs";
import { reader } from "./bench/reader.mjs";
import { mb } from "./bench/run.mjs";
import { serving } from "./bench/serving.mjs";

/** In the order they run: serving uses the large build that builds leaves behind. */
const MODULES: BenchModule[] = [reader, builds, serving, devReload, importer, editor];

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    runs: { type: "string", default: "3" },
    "lighthouse-runs": { type: "string", default: "10" },
    articles: { type: "string", default: "1000" },
    // Rounds of the archive's builds (Astro, then the site cold and after an edit, for both commands): 7-10 minutes each here.
    "archive-runs": { type: "string", default: "3" },
    "peer-build": { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3300" },
  },
});

const root = process.cwd();
const tmp = path.join(root, "bench", "tmp");
mkdirSync(tmp, { recursive: true });
const selected = values.only ? MODULES.filter((candidate) => values.only!.split(",").includes(candidate.name)) : MODULES;
const machine = { cores: os.cpus().length, memory: mb(os.totalmem()), node: process.version, platform: `${os.type()} ${os.release()}`, load: os.loadavg() };
console.log(`Machine: ${machine.cores} cores, ${machine.memory}, Node ${machine.node}, ${machine.platform}, load average ${machine.load.map((value) => value.toFixed(1)).join(" ")}`);
console.log(`Modules: ${selected.map((candidate) => candidate.name).join(", ")}\n`);

const context: BenchContext = {
  root,
  tmp,
  essayFile: path.join(root, "content/articles/can-anti-trafficking-be-rescued.mdx"),
  runs: Number(values.runs),
  port: Number(values.port),
  options: values as Record<string, string | undefined>,
  results: {},
};
const output: Record<string, { description: string; lines: string[]; data: unknown }> = {};
for (const benchModule of selected) {
  console.log(`== ${benchModule.name}: ${benchModule.description}`);
  const started = performance.now();
  const result = await benchModule.run(context);
  context.results[benchModule.name] = result.data;
  output[benchModule.name] = { description: benchModule.description, ...result };
  for (const line of result.lines) console.log(line);
  console.log(`(${((performance.now() - started) / 60_000).toFixed(1)} min)\n`);
}

// Modules not run this time keep their last figures, each with the date and options of its own run.
const resultsFile = path.join(root, "bench", "results.json");
const earlier = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, "utf8")) as { modules?: Record<string, unknown> }).modules : undefined;
const date = new Date().toISOString();
const modules = { ...earlier, ...Object.fromEntries(Object.entries(output).map(([name, result]) => [name, { ...result, date, machine, options: values }])) };
writeFileSync(resultsFile, `${JSON.stringify({ date, modules }, null, 2)}\n`);
console.log("Wrote bench/results.json");
