import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Frame, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { parse } from "yaml";

/** What the editor's tests do through Decap's interface, as a writer would, and what they read back from git. */

const PROJECT = path.resolve(__dirname, "../..");

/** Screenshots for docs/editing.md's walk-through, written when EDITOR_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string, target?: Locator) {
  if (process.env.EDITOR_SCREENSHOTS !== "1") return;
  const file = path.join(PROJECT, "docs", "images", `editor-${name}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  await (target ?? page).screenshot({ path: file });
}

/** Requests to any origin but the page's own (and blob: and data: addresses, which are the page's). */
export function watchForeignRequests(page: Page, baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:", "about:"].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

/** Opens the editor at `hash` and signs in to the local backend (its login asks for nothing). */
export async function openEditor(page: Page, hash: string) {
  await page.goto(`/admin/#${hash}`);
  await page.getByRole("button", { name: "Login" }).click();
}

export async function fillEssay(page: Page, essay: { title: string; summary: string; published: string; author: string; topic?: string }) {
  await page.getByLabel("Title", { exact: true }).fill(essay.title);
  await page.getByLabel("Summary", { exact: true }).fill(essay.summary);
  await page.getByLabel("Published", { exact: true }).fill(essay.published);
  await page.getByLabel("Authors", { exact: true }).click();
  await page.getByRole("option", { name: essay.author, exact: true }).click();
  if (essay.topic) {
    await page.getByLabel(/^Topics/).click();
    await page.getByRole("option", { name: essay.topic, exact: true }).click();
  }
}

/** The essay's body editor: the first Markdown field of the form, in whichever mode it is. */
export function bodyField(page: Page): Locator {
  return page.locator('[aria-label="markdown field"]').first();
}

/** Switches the body to a mode; the editor remembers the last one used, so it may be there already. */
export async function bodyMode(page: Page, mode: "Markdown" | "Rich Text") {
  const toggle = bodyField(page).getByRole("switch").first();
  if ((await toggle.isChecked()) !== (mode === "Markdown")) await toggle.click();
  if (mode === "Markdown") await expect(toggle).toBeChecked();
  else await expect(toggle).not.toBeChecked();
}

/**
 * Adds one of the body's blocks (Action steps, Image) through the toolbar's + menu. Decap
 * draws the toolbar anew after every change to the text, which closes a menu opened just
 * before it, even between the item showing and the click on it (in CI the click then waited
 * 270 s for an item no longer there): the menu is opened again and the item clicked until the
 * click lands. A click that times out was never dispatched, so a block is added once.
 */
export async function addBlock(page: Page, name: "Action steps" | "Image") {
  const item = page.getByRole("menuitem", { name });
  await expect(async () => {
    if (!(await item.isVisible())) await bodyField(page).getByTitle("Add Component").click({ timeout: 5_000 });
    await item.click({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

/** Types into the body, at its end, as a writer would. */
export async function typeInBody(page: Page, text: string) {
  const editor = bodyField(page).locator('[data-slate-editor="true"]').first();
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

/** The preview pane's frame, once the site's preview has rendered the entry at least once. */
export async function preview(page: Page): Promise<FrameLocator> {
  const frame = page.frameLocator("iframe").first();
  await expect(frame.locator("[data-site-preview][data-preview-runs]")).toBeAttached();
  return frame;
}

/** The preview's frame itself, to wait on its document. */
export function previewFrame(page: Page): Frame {
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!frame) throw new Error("the editor shows no preview frame");
  return frame;
}

/** Saves, and waits until the editor says the entry is saved (the backend has committed it) and shows it under its slug. */
export async function save(page: Page, slug: string) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // A save is a commit through the backend, which takes its time on a busy machine.
  await expect(page.getByRole("alert").filter({ hasText: "Entry saved" })).toBeVisible({ timeout: 30_000 });
  await page.waitForURL(new RegExp(`/entries/${slug}$`));
}

export function git(repository: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: repository, encoding: "utf8" });
}

export function branches(repository: string): string[] {
  return git(repository, "for-each-ref", "--format=%(refname:short)", "refs/heads/").split("\n").filter(Boolean);
}

/**
 * Deletes the branch an earlier run of a test saved `slug` on, as Decap's own "Delete unpublished
 * entry" does (`git branch -D`, which takes its status label with it), so a test saves from `main`
 * as a writer's first save does. Without it a repeat of the test in one run (`--repeat-each`) found
 * its entry saved already and Decap named the new file `slug-1`.
 */
export function discardSavedEntry(repository: string, slug: string) {
  const branch = `cms/articles/${slug}`;
  if (branches(repository).includes(branch)) git(repository, "branch", "--quiet", "-D", branch);
}

/** A file as a branch holds it. */
export function fileOn(repository: string, branch: string, file: string): Buffer {
  return execFileSync("git", ["show", `${branch}:${file}`], { cwd: repository });
}

/** `npm run check` on a checkout of `branch`: what the pull request's check will say. */
export function checkBranch(repository: string, branch: string): { status: number; output: string } {
  const checkout = mkdtempSync(path.join(tmpdir(), "rhj-editor-check-"));
  try {
    git(repository, "worktree", "add", "--quiet", "--detach", checkout, branch);
    // Run in the checkout, so the check reads its content/ and public/, as CI reads the pull request's.
    const env = withoutVariables("CONTENT_DIR");
    const result = spawnSync(process.execPath, [path.join(PROJECT, "node_modules/tsx/dist/cli.mjs"), path.join(PROJECT, "scripts/check-content.mts")], {
      cwd: checkout,
      encoding: "utf8",
      env: { ...env, CONTENT_CACHE: "off" },
    });
    return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
  } finally {
    git(repository, "worktree", "remove", "--force", checkout);
    rmSync(checkout, { recursive: true, force: true });
  }
}

/** This process's environment without the variables that point a command at the tests' own folders. */
function withoutVariables(...names: string[]): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of names) delete env[name];
  return env;
}

/** The names of a fixture collection's files, as the relation widgets should list them. */
export function namesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => (parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(folder, name), "utf8"))![1]) as { name: string }).name)
    .sort();
}

/** A file's body: everything after the frontmatter's closing line. */
export function bodyOf(text: string): string {
  return text.slice(text.indexOf("\n---", 3) + 4);
}

/**
 * A fresh clone of this project, as a writer makes one: the project's files (committed or
 * not, as `git status` sees them) as the one commit of a repository's main, cloned, with
 * node_modules linked file by file rather than installed again. `npm run edit` runs in it on
 * `port` (the site) and `port + 1` (the backend), in a process group of its own.
 */
export async function startEditCommand(port: number) {
  const scratch = mkdtempSync(path.join(tmpdir(), "rhj-edit-command-"));
  const origin = path.join(scratch, "origin");
  const clone = path.join(scratch, "clone");
  mkdirSync(origin);
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: PROJECT, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(PROJECT, file))) continue;
    mkdirSync(path.dirname(path.join(origin, file)), { recursive: true });
    copyFileSync(path.join(PROJECT, file), path.join(origin, file));
  }
  git(origin, "init", "--quiet", "--initial-branch", "main");
  git(origin, "add", "--all");
  git(origin, "-c", "user.name=Maintainers", "-c", "user.email=maintainers@example.org", "-c", "commit.gpgsign=false", "commit", "--quiet", "--message", "The site");
  execFileSync("git", ["clone", "--quiet", origin, clone]);
  git(clone, "config", "user.name", "A Writer");
  git(clone, "config", "user.email", "writer@example.org");
  git(clone, "config", "commit.gpgsign", "false");
  execFileSync("cp", ["-al", path.join(PROJECT, "node_modules"), path.join(clone, "node_modules")]);

  const env = withoutVariables("CONTENT_DIR", "CMS_LOCAL_BACKEND_URL");
  const child = spawn("npm", ["run", "edit"], { cwd: clone, env: { ...env, PORT: String(port), CMS_BACKEND_PORT: String(port + 1) }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const editorAddress = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const address = /The editor is at (\S+)/.exec(text)?.[1];
      if (address) {
        clearInterval(timer);
        resolve(address);
      }
    }, 250);
    child.on("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`npm run edit exited (${code}) before it printed the editor's address:\n${text}`));
    });
  });
  editorAddress.catch(() => undefined);
  return {
    clone,
    output: { editorAddress, text: () => text },
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // Already stopped.
      }
      await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(undefined)));
      // npm exits before what it started, which may still be writing into the clone: wait for
      // the group to be gone. `npm run edit` starts the dev server in a group of its own and
      // stops it on SIGTERM, and it may still be writing .next/dev/cache for a moment: removing
      // the clone is retried (ENOTEMPTY) until it has stopped, for up to about a minute.
      await untilGroupIsGone(child.pid!);
      rmSync(scratch, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
    },
  };
}

/**
 * Waits until no process of the group is left running (a zombie waiting to be reaped has
 * stopped writing), killing what ignores SIGTERM after 10 s.
 */
async function untilGroupIsGone(group: number) {
  const running = () =>
    execFileSync("ps", ["-eo", "pgid=,stat="], { encoding: "utf8" })
      .split("\n")
      .some((line) => {
        const [pgid, stat] = line.trim().split(/\s+/);
        return pgid === String(group) && !stat.startsWith("Z");
      });
  for (let waited = 0; running(); waited += 100) {
    if (waited === 10_000) process.kill(-group, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
