/**
 * `npm run build`: the production build that `next start` serves, made again
 * only where something changed (scripts/lib/build-site.mts says how).
 *
 *   tsx scripts/build.mts [--report build-report.json]
 *
 * --report writes what the build did and how long each step took, for the bench.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildSite } from "./lib/build-site.mjs";

const { values } = parseArgs({ options: { report: { type: "string" } } });
const report = await buildSite();
if (values.report) writeFileSync(values.report, JSON.stringify(report, null, 2));
