/**
 * `npm run edit`: the browser's editor on this machine, offline, for a writer
 * or developer with a checkout. It starts, on 127.0.0.1, the site's dev
 * server and Decap's local git backend (decap-server), and prints the
 * editor's address.
 *
 *   npm run edit                      http://127.0.0.1:3000/admin/
 *   PORT=4000 npm run edit            the site on 4000 (the backend on PORT + 1,
 *                                     or CMS_BACKEND_PORT)
 *
 * Saving an essay makes the branch cms/articles/<slug> in this repository,
 * from main, with one commit per save, and never touches the checkout: the
 * backend checks branches out and commits in a clone of its own, inside this
 * repository's .git folder, whose commits are pushed back here by a git hook
 * as they are made. The writer's branch, work tree and index stay as they were.
 * It says how to push each saved branch and open its pull request.
 *
 * The editor reaches the backend at /admin/local-backend on the dev server's
 * own origin (next.config.ts proxies it), so the page talks to no other origin.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { EDITOR_PATHS } from "../lib/cms/editor-paths";

const BRANCH = "main";
const HOST = "127.0.0.1";
const port = Number(process.env.PORT ?? 3000);
const backendPort = Number(process.env.CMS_BACKEND_PORT ?? port + 1);
const require = createRequire(path.join(process.cwd(), "package.json"));

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function fail(message: string): never {
  console.error(`npm run edit: ${message}`);
  process.exit(1);
}

let repository: string;
try {
  repository = git(["rev-parse", "--show-toplevel"], process.cwd());
} catch {
  fail("this folder is not a git checkout; clone the repository and run npm run edit inside it.");
}
try {
  git(["rev-parse", "--verify", "--quiet", `refs/heads/${BRANCH}`], repository);
} catch {
  fail(`this repository has no branch ${BRANCH}; run git fetch origin ${BRANCH}:${BRANCH} first.`);
}
const gitDir = path.resolve(repository, git(["rev-parse", "--git-common-dir"], repository));
const workspace = path.join(gitDir, "reframe-editor");
const writersBranch = git(["rev-parse", "--abbrev-ref", "HEAD"], repository);

/**
 * The backend's own clone: main as this repository has it, and this
 * repository's cms/ branches, so the editor's workflow lists what was saved
 * before (and forgets a branch deleted here after its pull request merged).
 */
function prepareWorkspace() {
  if (!existsSync(path.join(workspace, ".git"))) {
    mkdirSync(path.dirname(workspace), { recursive: true });
    execFileSync("git", ["clone", "--quiet", "--branch", BRANCH, repository, workspace], { stdio: "inherit" });
  }
  // On main first: a branch that is checked out cannot be updated by a fetch.
  git(["checkout", "--quiet", "--force", BRANCH], workspace);
  git(["fetch", "--quiet", "--prune", "origin", `+refs/heads/${BRANCH}:refs/remotes/origin/${BRANCH}`, "+refs/heads/cms/*:refs/heads/cms/*"], workspace);
  git(["reset", "--quiet", "--hard", `origin/${BRANCH}`], workspace);
  git(["clean", "--quiet", "-fd"], workspace);
  // Commits carry the writer's own name, as they would from their checkout.
  for (const key of ["user.name", "user.email"]) {
    let value = "";
    try {
      value = git(["config", key], repository);
    } catch {
      // Not set: git's own default applies, as for any commit.
    }
    if (value) git(["config", key, value], workspace);
  }
  const hook = path.join(workspace, ".git", "hooks", "post-commit");
  writeFileSync(
    hook,
    `#!/bin/sh
# Written by npm run edit: every commit the editor makes on a cms/ branch goes back to the checkout it came from.
branch=$(git symbolic-ref --quiet --short HEAD) || exit 0
case "$branch" in
  cms/*) git push --quiet --force origin "HEAD:refs/heads/$branch" || echo "npm run edit: could not update $branch in the checkout" >&2 ;;
esac
`,
  );
  chmodSync(hook, 0o755);
}

const children: ChildProcess[] = [];
function start(command: string, args: string[], env: Record<string, string>, name: string): ChildProcess {
  // Each in a process group of its own, so stopping it stops what it started too (Next's server process).
  const child = spawn(command, args, { cwd: process.cwd(), env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout!.on("data", (chunk: Buffer) => process.stdout.write(prefix(name, chunk)));
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(prefix(name, chunk)));
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`npm run edit: ${name} stopped (${signal ?? `exit ${code}`}); stopping.`);
    stop(1);
  });
  children.push(child);
  return child;
}

function prefix(name: string, chunk: Buffer): string {
  return chunk
    .toString()
    .split("\n")
    .map((line, index, lines) => (line === "" && index === lines.length - 1 ? "" : `[${name}] ${line}`))
    .join("\n");
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  process.exit(code);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

async function waitFor(url: string, init: RequestInit, what: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(url, init);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error(`npm run edit: ${what} did not start at ${url}`);
  stop(1);
}

/** Every cms/ branch of the checkout, with its commit. */
function savedBranches(): Map<string, string> {
  const lines = git(["for-each-ref", "--format=%(refname:short) %(objectname)", "refs/heads/cms/"], repository);
  return new Map(lines.split("\n").filter(Boolean).map((line) => line.split(" ") as [string, string]));
}

prepareWorkspace();
execFileSync("npx", ["tsx", "scripts/build-editor.mts"], { stdio: "inherit" });

const backendUrl = `http://${HOST}:${backendPort}/api/v1`;
start(process.execPath, [require.resolve("decap-server/dist/index.js")], { MODE: "git", GIT_REPO_DIRECTORY: workspace, PORT: String(backendPort), BIND_HOST: HOST, LOG_LEVEL: "warn" }, "backend");
await waitFor(backendUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ action: "info" }) }, "Decap's local backend");
start(process.execPath, [require.resolve("next/dist/bin/next"), "dev", "--hostname", HOST, "--port", String(port)], { CMS_LOCAL_BACKEND_URL: backendUrl }, "site");
const editorUrl = `http://${HOST}:${port}${EDITOR_PATHS.root}/`;
await waitFor(`http://${HOST}:${port}${EDITOR_PATHS.config}`, {}, "The site's dev server");

console.log(`
The editor is at ${editorUrl}

Press Login (no password: it works on this machine only). Each essay you save becomes the
branch cms/articles/<its-slug> in this repository. Your checkout stays on ${writersBranch}, untouched.
To submit a saved essay for review:
  git push origin cms/articles/<its-slug>
then open a pull request for that branch into ${BRANCH} on GitHub (or: gh pr create --head cms/articles/<its-slug> --base ${BRANCH} --fill).
Ctrl-C stops the editor.
`);

// Says so each time a save lands, with the exact commands for that essay.
let known = savedBranches();
setInterval(() => {
  const now = savedBranches();
  for (const [branch, commit] of now) {
    if (known.get(branch) === commit) continue;
    console.log(`Saved ${branch}. To submit it: git push origin ${branch}, then open a pull request for it into ${BRANCH}.`);
  }
  known = now;
}, 2000).unref();
