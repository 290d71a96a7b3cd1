import { type ContentProblem, formatProblem, sortProblems } from "./problems";

/** How `npm run check` prints problems: for people, for tools, or for GitHub's pull request view. */
export type ReportFormat = "text" | "json" | "github";

export function formatReport(problems: readonly ContentProblem[], format: ReportFormat): string {
  const sorted = sortProblems(problems);
  if (format === "json") return JSON.stringify({ problems: sorted }, null, 2);
  if (format === "github") return sorted.map(githubAnnotation).join("\n");
  const groups = new Map<string, ContentProblem[]>();
  for (const problem of sorted) groups.set(problem.file, [...(groups.get(problem.file) ?? []), problem]);
  return [...groups.entries()]
    .map(([file, fileProblems]) => `${file} (${count(fileProblems.length)})\n${fileProblems.map((problem) => `  ${formatProblem(problem)}`).join("\n")}`)
    .join("\n\n");
}

export function count(problems: number): string {
  return problems === 1 ? "1 problem" : `${problems} problems`;
}

/** https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message */
function githubAnnotation(problem: ContentProblem): string {
  const escapeData = (value: string) => value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (value: string) => escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const title = problem.field ? `Content: ${problem.field}` : "Content";
  const message = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  return `::error file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty(title)}::${escapeData(message)}`;
}
