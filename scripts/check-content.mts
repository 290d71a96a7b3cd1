/**
 * `npm run check`: validates every content file without building the site and
 * prints every problem at once, grouped by file, as path:line:column. Exit code
 * 1 on any problem.
 *
 *   npm run check                  for people
 *   npm run check -- --format json for tools
 * With GITHUB_ACTIONS=true it also prints annotations that GitHub shows on the
 * pull request's changed lines.
 */
import { checkContent } from "../lib/content/index";
import { count, formatReport, type ReportFormat } from "../lib/content/report";

const formatIndex = process.argv.indexOf("--format");
const format = (formatIndex === -1 ? "text" : process.argv[formatIndex + 1]) as ReportFormat;
if (!["text", "json"].includes(format)) {
  console.error(`Unknown format "${format}": expected --format text or --format json.`);
  process.exit(2);
}

const result = await checkContent({ includeDrafts: true });
const articles = result.site?.articles.length ?? 0;

if (format === "json") {
  console.log(JSON.stringify({ ok: result.problems.length === 0, files: result.fileCount, articles, problems: JSON.parse(formatReport(result.problems, "json")).problems }, null, 2));
} else if (result.problems.length > 0) {
  console.error(formatReport(result.problems, "text"));
  const files = new Set(result.problems.map((problem) => problem.file)).size;
  console.error(`\n${count(result.problems.length)} in ${files === 1 ? "1 file" : `${files} files`}; nothing can be published until they are fixed.`);
} else {
  console.log(`Content OK: ${result.fileCount} files checked, ${articles} article${articles === 1 ? "" : "s"}, no problems.`);
}
if (process.env.GITHUB_ACTIONS === "true" && result.problems.length > 0) {
  console.log(formatReport(result.problems, "github"));
}
process.exit(result.problems.length > 0 ? 1 : 0);
