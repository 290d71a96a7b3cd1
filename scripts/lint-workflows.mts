/**
 * `npm run lint:workflows` (part of `npm run lint`): checks every GitHub Actions workflow with
 * actionlint (scripts/lib/actionlint.mts), so a typo in a workflow fails here, before GitHub
 * runs it.
 *
 *   tsx scripts/lint-workflows.mts [workflow.yml ...]   (default: .github/workflows/*.yml)
 */
import { formatProblem, lintWorkflows, workflowFiles, WORKFLOWS_DIR } from "./lib/actionlint.mjs";

const files = process.argv.length > 2 ? process.argv.slice(2) : workflowFiles();
if (files.length === 0) {
  console.error(`No workflow found in ${WORKFLOWS_DIR}/: nothing for actionlint to check.`);
  process.exit(1);
}
const problems = await lintWorkflows(files);
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`actionlint: ${count(problems.length, "problem")} in ${count(files.length, "workflow")}`);
  process.exit(1);
}
console.log(`actionlint: ${count(files.length, "workflow")} checked, no problems`);
