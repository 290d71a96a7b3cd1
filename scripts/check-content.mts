/**
 * `npm run check`: validates every content file without building the site and
 * prints every problem at once, as path:line:column. Exit code 1 on a problem.
 */
import { checkContent, formatProblems } from "../lib/content/index";

const result = await checkContent({ includeDrafts: true });
if (result.problems.length > 0) {
  console.error(formatProblems(result.problems));
  const count = result.problems.length === 1 ? "1 problem" : `${result.problems.length} problems`;
  console.error(`\n${count} in content; nothing was published.`);
  process.exit(1);
}
const articles = result.site?.articles.length ?? 0;
console.log(`Content OK: ${result.fileCount} files checked, ${articles} article${articles === 1 ? "" : "s"}.`);
