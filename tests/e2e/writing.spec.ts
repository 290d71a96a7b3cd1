import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEV_CONTENT_DIR, EDIT_COMMAND_PORT, EDITOR_REPOSITORY } from "../../playwright.config";
import {
  addBlock,
  bodyField,
  bodyMode,
  bodyOf,
  branches,
  checkBranch,
  discardSavedEntry,
  fileOn,
  fillEssay,
  git,
  namesIn,
  openEditor,
  preview,
  save,
  screenshot,
  startEditCommand,
  typeInBody,
  watchForeignRequests,
} from "./editor-helpers";

/**
 * The browser's editor at /admin, as a writer uses it: Decap's own interface
 * in Chromium, on the development server, saving through Decap's local git
 * backend into a repository made from the fixtures (playwright.config.ts).
 * What lands on each branch is read back with git and checked with the site's
 * own check, as the pull request's CI would.
 */

// One backend, one repository: one save at a time.
test.describe.configure({ mode: "serial" });

const FIXTURES = path.resolve(__dirname, "../fixtures/content/valid");
const IMAGE = path.resolve(__dirname, "../fixtures/images/vigil.png");

/** The essay shown on the development server, from the file a branch holds: the site's own renderer. */
async function showOnSite(slug: string, text: string, run: () => Promise<void>) {
  const file = path.join(DEV_CONTENT_DIR, "articles", `${slug}.mdx`);
  writeFileSync(file, text);
  try {
    await run();
  } finally {
    rmSync(file, { force: true });
  }
}

test("a writer creates an essay with a footnote, two action steps and an image, and it lands on its own branch, passes the check and shows on the site", async ({ page, baseURL }) => {
  test.slow();
  const slug = "housing-is-health-care";
  discardSavedEntry(EDITOR_REPOSITORY, slug);
  const branch = `cms/articles/${slug}`;
  const foreign = watchForeignRequests(page, baseURL!);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await openEditor(page, "/collections/articles/new");
  await fillEssay(page, { title: "Housing Is Health Care", summary: "Why a rent strike is a public-health measure.", published: "2026-11-30", author: "Ada Writer", topic: "Health" });
  await screenshot(page, "1-form");

  await bodyMode(page, "Markdown");
  await typeInBody(page, "A rent strike keeps people housed, and housed people stay well.[^1]\n\n[^1]: As tenants' unions have long argued.");
  await bodyMode(page, "Rich Text");
  // After the paragraph: the action steps, then the image.
  await bodyField(page).locator('[data-slate-editor="true"] p').first().click();
  await page.keyboard.press("End");
  await addBlock(page, "Action steps");
  const steps = bodyField(page).locator('[aria-label="object field"]').filter({ hasText: "Action steps" });
  await steps.getByRole("button", { name: "Add step" }).click();
  await steps.getByRole("button", { name: "Add step" }).click();
  await steps.getByLabel("What the reader can do").nth(0).fill("Join your tenants' union");
  await steps.getByLabel("What the reader can do").nth(1).fill("Ask your council to fund repairs");

  await bodyField(page).locator('[data-slate-editor="true"] p').first().click();
  await page.keyboard.press("End");
  await addBlock(page, "Image");
  const image = bodyField(page).locator('[aria-label="object field"]').filter({ hasText: "What the image shows" });
  await image.getByRole("button", { name: "Choose an image" }).click();
  // The media library's Upload button opens the file picker of this input.
  await page.locator('input[type="file"]').setInputFiles(IMAGE);
  await page.getByRole("button", { name: "Choose selected" }).click();
  // The form's thumbnail too is shown from the upload, not from the address the essay names it
  // by, where no server has it until the essay is saved (it showed as a broken image there).
  const thumbnail = image.locator("img");
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((shown: HTMLImageElement) => shown.complete && shown.naturalWidth)).toBe(40);
  await image.getByLabel(/What the image shows/).fill("Tenants outside the housing office");

  const frame = await preview(page);
  await expect(frame.locator(".check-report")).toHaveText("The check finds no problems in this file.");
  await expect(frame.locator(".prose .action-step")).toHaveCount(2);
  await expect(frame.locator(".prose img")).toHaveAttribute("alt", "Tenants outside the housing office");
  // Shown from the upload itself: it is on no server until the essay is saved.
  await expect.poll(() => frame.locator(".prose img").evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(40);
  await screenshot(page, "2-preview");
  await save(page, slug);
  await screenshot(page, "3-saved");

  expect(branches(EDITOR_REPOSITORY)).toContain(branch);
  expect(git(EDITOR_REPOSITORY, "rev-parse", "--abbrev-ref", "HEAD").trim()).toBe("main");
  const changed = git(EDITOR_REPOSITORY, "diff", "--name-only", `main...${branch}`).trim().split("\n").sort();
  expect(changed).toEqual([`content/articles/${slug}.mdx`, `public/images/articles/${slug}/vigil.png`]);
  expect(fileOn(EDITOR_REPOSITORY, branch, `public/images/articles/${slug}/vigil.png`).equals(readFileSync(IMAGE))).toBe(true);
  const text = fileOn(EDITOR_REPOSITORY, branch, `content/articles/${slug}.mdx`).toString("utf8");
  expect(text).toContain("draft: true\n");
  expect(text).toContain("authors:\n  - ada-writer\n");
  expect(text).toContain("topics:\n  - health\n");
  expect(text).toContain(`![Tenants outside the housing office](/images/articles/${slug}/vigil.png)`);

  const check = checkBranch(EDITOR_REPOSITORY, branch);
  expect(check.output).toContain("Content OK");
  expect(check.status).toBe(0);

  await showOnSite(slug, text, async () => {
    await page.goto(`/articles/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Housing Is Health Care");
    await expect(page.locator(".prose a[data-footnote-ref]")).toHaveText("1");
    await expect(page.locator(".prose .footnotes li")).toContainText("As tenants’ unions have long argued.");
    await expect(page.locator(".prose .action-step > h3")).toHaveText(["Join your tenants’ union", "Ask your council to fund repairs"]);
  });
  expect(foreign).toEqual([]);
});

test("changing only an existing essay's title changes only that line: the body is byte for byte the same", async ({ page }) => {
  const slug = "newer-essay";
  discardSavedEntry(EDITOR_REPOSITORY, slug);
  const file = `content/articles/${slug}.mdx`;
  await openEditor(page, `/collections/articles/entries/${slug}`);
  await page.getByLabel("Title", { exact: true }).fill("A Newer Essay, Retitled");
  await save(page, slug);

  const before = fileOn(EDITOR_REPOSITORY, "main", file).toString("utf8");
  const after = fileOn(EDITOR_REPOSITORY, `cms/articles/${slug}`, file).toString("utf8");
  expect(bodyOf(after)).toBe(bodyOf(before));
  expect(after).toBe(before.replace("title: A Newer Essay\n", "title: A Newer Essay, Retitled\n"));
});

test("a < b and {x} typed in rich-text mode are saved escaped, pass the check and read as typed", async ({ page }) => {
  const slug = "signs-in-the-text";
  discardSavedEntry(EDITOR_REPOSITORY, slug);
  const branch = `cms/articles/${slug}`;
  await openEditor(page, "/collections/articles/new");
  await fillEssay(page, { title: "Signs In The Text", summary: "Comparisons and braces, as typed.", published: "2026-11-29", author: "Ben Editor" });
  await bodyMode(page, "Rich Text");
  await typeInBody(page, "We know a < b, and {x} is a set.");
  await save(page, slug);

  const text = fileOn(EDITOR_REPOSITORY, branch, `content/articles/${slug}.mdx`).toString("utf8");
  expect(bodyOf(text).trim()).toBe("We know a \\< b, and \\{x} is a set.");
  const check = checkBranch(EDITOR_REPOSITORY, branch);
  expect(check.output).toContain("Content OK");
  await showOnSite(slug, text, async () => {
    await page.goto(`/articles/${slug}`);
    await expect(page.locator(".prose p").first()).toHaveText("We know a < b, and {x} is a set.");
  });
});

test("the preview shows the site's footnote preview, and the check's own problem for a disallowed element on its line", async ({ page }) => {
  // Named, before the first save, as Decap will name the file: the title's punctuation goes.
  const slug = "a-preview-with-problems-dont-panic";
  discardSavedEntry(EDITOR_REPOSITORY, slug);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await openEditor(page, "/collections/articles/new");
  await fillEssay(page, { title: "A Preview, With Problems: Don't Panic", summary: "What the check will say, before saving.", published: "2026-11-28", author: "Ada Writer" });
  await bodyMode(page, "Markdown");
  await typeInBody(page, "Care is a practice.[^care]\n\n[^care]: Not a feeling alone.");

  let frame = await preview(page);
  await frame.locator(".prose a[data-footnote-ref]").hover();
  await expect(frame.locator("#footnote-preview")).toBeVisible();
  await expect(frame.locator("#footnote-preview")).toContainText("Not a feeling alone.");
  await screenshot(page, "4-footnote-preview");

  await typeInBody(page, "\n\n<marquee>Look here</marquee>");
  frame = await preview(page);
  const report = frame.locator(".check-report");
  await expect(report).toContainText("The check will report 1 problem");
  await expect(report.locator("li")).toHaveCount(1);
  const shown = (await report.locator("li").innerText()).trim();
  expect(shown).toMatch(new RegExp(`^content/articles/${slug}\\.mdx:\\d+:1  <marquee>: <marquee> is not an allowed element or content component; allowed: `));
  await screenshot(page, "5-problem");

  // Saved as it is, the branch's check says the very same, on the very same line.
  await save(page, slug);
  const check = checkBranch(EDITOR_REPOSITORY, `cms/articles/${slug}`);
  expect(check.status).toBe(1);
  expect(check.output).toContain(`  ${shown}\n`);
});

test("the relation widgets offer every author and topic in the content, and a new essay is a draft", async ({ page }) => {
  await openEditor(page, "/collections/articles/new");
  await page.getByLabel("Authors", { exact: true }).click();
  await expect(page.getByRole("option")).toHaveText(namesIn(path.join(FIXTURES, "authors")));
  await page.keyboard.press("Escape");
  await page.getByLabel(/^Topics/).click();
  await expect(page.getByRole("option")).toHaveText(namesIn(path.join(FIXTURES, "topics")));
  await page.keyboard.press("Escape");
  await expect(page.getByRole("switch", { name: /^Draft/ })).toBeChecked();
});

test("npm run edit on a fresh clone: saving makes the branch in that clone, and the writer's branch and work tree are as they were", async ({ page }) => {
  test.slow();
  const { clone, stop, output } = await startEditCommand(EDIT_COMMAND_PORT);
  try {
    git(clone, "switch", "--quiet", "--create", "writer-notes");
    const head = git(clone, "rev-parse", "HEAD");
    writeFileSync(path.join(clone, "README.md"), `${readFileSync(path.join(clone, "README.md"), "utf8")}\nA note the writer has not committed.\n`);
    const readme = readFileSync(path.join(clone, "README.md"), "utf8");
    const status = git(clone, "status", "--porcelain");
    const address = await output.editorAddress;
    expect(address).toBe(`http://127.0.0.1:${EDIT_COMMAND_PORT}/admin/`);

    const slug = "notes-from-a-fresh-clone";
    await page.goto(`${address}#/collections/articles/new`);
    await page.getByRole("button", { name: "Login" }).click();
    await fillEssay(page, { title: "Notes From A Fresh Clone", summary: "Saved from npm run edit.", published: "2026-11-27", author: "Kate D'Adamo" });
    await typeInBody(page, "Written in the browser, saved to a branch.");
    await save(page, slug);

    await expect.poll(() => branches(clone)).toContain(`cms/articles/${slug}`);
    expect(git(clone, "rev-parse", "--abbrev-ref", "HEAD").trim()).toBe("writer-notes");
    expect(git(clone, "rev-parse", "HEAD")).toBe(head);
    expect(git(clone, "status", "--porcelain")).toBe(status);
    expect(readFileSync(path.join(clone, "README.md"), "utf8")).toBe(readme);
    expect(fileOn(clone, `cms/articles/${slug}`, `content/articles/${slug}.mdx`).toString("utf8")).toContain("title: Notes From A Fresh Clone\n");
    await expect.poll(() => output.text()).toContain(`Saved cms/articles/${slug}. To submit it: git push origin cms/articles/${slug}`);
  } finally {
    await stop();
  }
});
