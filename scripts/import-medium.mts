/**
 * `npm run import:medium -- <export.zip | folder | post.html …>`: brings a
 * Medium archive in as essays, prints a report per post, and runs the content
 * check at the end.
 *
 *   --author <slug>     credit every post to this existing author
 *   --topic <slug>      give every post this topic (repeatable)
 *   --include-drafts    also bring Medium drafts, marked draft: true
 *   --dry-run           print the report, write nothing
 *   --force             replace essays imported before from the same address
 *   --format json       the report as JSON, for tools
 *   --content <dir>, --public <dir>   import into other folders (tests)
 *
 * Exit 0 when every post was written or already here (warnings included), 1
 * when any could not be, 2 on a usage error.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { contentLayout } from "../lib/content/layout";
import { InputError, readMediumExport } from "../lib/import/medium/export";
import { exitCode, formatReportJson, formatReportText } from "../lib/import/report";
import { importPosts, UsageError } from "../lib/import/run";
import { ZipRefused } from "../lib/import/zip";
import { npmTookMessage, optionsNpmTook } from "./lib/npm-took-options.mjs";

const USAGE = "usage: npm run import:medium -- <export.zip | folder | post.html …> [--author <slug>] [--topic <slug> …] [--include-drafts] [--dry-run] [--force] [--format json]";

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = {
  author: { type: "string" },
  topic: { type: "string", multiple: true },
  "include-drafts": { type: "boolean" },
  "dry-run": { type: "boolean" },
  force: { type: "boolean" },
  format: { type: "string", default: "text" },
  content: { type: "string" },
  public: { type: "string" },
} as const;

const took = optionsNpmTook(Object.keys(OPTIONS));
if (took.length > 0) usageError(npmTookMessage(took, "npm run import:medium -- medium-export.zip --dry-run"));

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: OPTIONS });
} catch (error) {
  usageError((error as Error).message);
}
const { values, positionals } = parsed;
if (positionals.length === 0) usageError("Name the export: Medium's zip, its unpacked folder, or post files.");
if (values.format !== "text" && values.format !== "json") usageError(`Unknown format "${values.format}": expected --format text or --format json.`);

const layout = contentLayout(values.content ?? process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"), values.public ?? path.join(process.cwd(), "public"));

try {
  const source = await readMediumExport(positionals);
  const report = await importPosts(source, {
    layout,
    author: values.author,
    topics: values.topic ?? [],
    includeDrafts: values["include-drafts"],
    dryRun: values["dry-run"],
    force: values.force,
    platform: "Medium",
  });
  console.log(values.format === "json" ? formatReportJson(report) : formatReportText(report));
  process.exit(exitCode(report));
} catch (error) {
  if (error instanceof UsageError || error instanceof InputError) usageError(error.message);
  if (error instanceof ZipRefused) {
    console.error(`The archive was refused: ${error.message}. Nothing was imported.`);
    process.exit(1);
  }
  throw error;
}
