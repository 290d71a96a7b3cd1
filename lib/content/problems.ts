/**
 * A problem in a content file, located as precisely as the parser allows so an
 * editor can jump straight to it.
 */
export interface ContentProblem {
  /** Path relative to the working directory, e.g. content/articles/x.mdx. */
  file: string;
  line: number;
  column: number;
  /** The frontmatter field or the construct the problem is about. */
  field?: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const what = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
  return `${where}  ${what}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return sortProblems(problems).map(formatProblem).join("\n");
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown by the loader so that a build stops on bad content, with every problem listed. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Content check failed with ${count}:\n${formatProblems(problems)}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Shows a value the way an editor typed it, short enough for one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "a group of fields";
  return String(value);
}

/** Levenshtein distance, for "did you mean" on short names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const lowered = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lowered, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const threshold = Math.max(2, Math.floor(input.length / 3));
  return best !== undefined && bestDistance <= threshold ? ` (did you mean "${best}"?)` : "";
}
