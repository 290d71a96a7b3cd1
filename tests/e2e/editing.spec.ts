import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEV_CONTENT_DIR } from "../../playwright.config";

// These tests share one development server and one content folder.
test.describe.configure({ mode: "serial" });

test("a draft shows in the development server with a visible banner", async ({ page }) => {
  await page.goto("/articles/unfinished-draft");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("An Unfinished Draft");
  await expect(page.getByRole("status")).toContainText("Draft");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "An Unfinished Draft" })).toBeVisible();
});

test("drafts stay out of the feeds and the sitemap even while editing", async ({ request }) => {
  for (const path of ["/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml"]) {
    const body = await (await request.get(path)).text();
    expect(body, path).toContain("/articles/newer-essay");
    expect(body, path).not.toContain("unfinished-draft");
  }
});

test("while editing, the essay runs the readers' own scripts: footnote previews, the exit shortcut", async ({ page }) => {
  const mismatches: string[] = [];
  page.on("console", (message) => {
    if (/hydrat/i.test(message.text())) mismatches.push(message.text());
  });
  await page.goto("/articles/care-without-cages");
  // The same bundles as the build's, made by the development server.
  await expect(page.locator(".prose")).toHaveAttribute("data-footnote-previews", "on");
  await expect(page.locator("[data-exit-this-page]")).toHaveAttribute("data-exit-script", "on");
  expect(await page.locator('script[src^="/reader-scripts/"]').evaluateAll((scripts) => scripts.map((script) => script.getAttribute("src")!.replace(/\.[0-9a-f]{12}\.js$/, "")))).toEqual(
    expect.arrayContaining(["/reader-scripts/exit-this-page", "/reader-scripts/essay"]),
  );
  await page.locator("a[data-footnote-ref]").first().focus();
  await expect(page.locator("#footnote-preview")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Shift");
  await expect(page.locator("[data-exit-status]")).toHaveText("Shift, press 2 more times to exit.");
  // Here the page also carries React; the scripts wait for it to hydrate the page before they change it.
  expect(mismatches).toEqual([]);
});

test("a saved edit to an essay shows on reload, without restarting", async ({ page }) => {
  const file = path.join(DEV_CONTENT_DIR, "articles", "older-essay.mdx");
  const original = readFileSync(file, "utf8");
  try {
    await page.goto("/articles/older-essay");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("An Older Essay");
    writeFileSync(file, original.replace("title: An Older Essay", "title: An Edited Essay").replace("A short essay", "An edited essay"));
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("An Edited Essay", { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByText("An edited essay with no action steps.")).toBeVisible();
  } finally {
    writeFileSync(file, original);
  }
});

test("a new essay appears in the lists on reload", async ({ page }) => {
  const file = path.join(DEV_CONTENT_DIR, "articles", "a-fresh-essay.mdx");
  const source = readFileSync(path.join(DEV_CONTENT_DIR, "articles", "older-essay.mdx"), "utf8")
    .replace("title: An Older Essay", "title: A Fresh Essay")
    .replace("published: 2019-03-01", "published: 2024-01-01");
  try {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "A Fresh Essay" })).toHaveCount(0);
    writeFileSync(file, source);
    await page.reload();
    await expect(page.getByRole("link", { name: "A Fresh Essay" })).toBeVisible();
    await page.goto("/topics/health");
    await expect(page.getByRole("link", { name: "A Fresh Essay" })).toBeVisible();
  } finally {
    rmSync(file, { force: true });
  }
  await page.goto("/");
  await expect(page.getByRole("link", { name: "A Fresh Essay" })).toHaveCount(0);
});

test("a typo in one essay's frontmatter shows on its page, the others still show with a banner, and fixing it clears both", async ({ page }) => {
  const file = path.join(DEV_CONTENT_DIR, "articles", "older-essay.mdx");
  const original = readFileSync(file, "utf8");
  const banner = page.getByRole("complementary", { name: "Content problems" });
  const message = 'titel: unknown field (did you mean "title"?)';
  try {
    writeFileSync(file, original.replace("title: An Older Essay", "titel: An Older Essay"));
    const response = await page.goto("/articles/older-essay");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("older-essay.mdx has 2 problems");
    await expect(page.getByRole("main")).toContainText(`older-essay.mdx:2:1  ${message}`);
    await expect(page.getByRole("main")).toContainText("title: missing; expected a title");

    await page.goto("/articles/newer-essay");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A Newer Essay");
    await expect(banner).toContainText("1 file has problems");
    await expect(banner).toContainText(message);
    await expect(banner.getByRole("link", { name: /older-essay\.mdx$/ })).toHaveAttribute("href", "/articles/older-essay");

    writeFileSync(file, original);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A Newer Essay");
    await expect(banner).toHaveCount(0);
    await page.goto("/articles/older-essay");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("An Older Essay");
    await expect(page.getByText(message)).toHaveCount(0);
  } finally {
    writeFileSync(file, original);
  }
});

test("after an import with many broken files, the banner lists twenty of them and says how many more there are", async ({ page }) => {
  const source = readFileSync(path.join(DEV_CONTENT_DIR, "articles", "older-essay.mdx"), "utf8");
  const files = Array.from({ length: 23 }, (_, index) => path.join(DEV_CONTENT_DIR, "articles", `imported-${String(index).padStart(2, "0")}.mdx`));
  const banner = page.getByRole("complementary", { name: "Content problems" });
  try {
    for (const file of files) writeFileSync(file, source.replace("title: An Older Essay", "titel: An Older Essay"));
    await page.goto("/articles/newer-essay");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A Newer Essay");
    await expect(banner).toContainText(/23 files have problems that the build will refuse: \S*articles\/imported-00\.mdx, /);
    await expect(banner).toContainText(", and 18 more");
    await banner.getByText("23 files have problems").click();
    await expect(banner.getByRole("link", { name: /imported-\d\d\.mdx$/ })).toHaveCount(20);
    await expect(banner).toContainText("3 more files have problems: each shows them on its own page, and npm run check lists them all.");
    await page.goto("/articles/imported-22");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("imported-22.mdx has 2 problems");
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
  await page.goto("/articles/newer-essay");
  await expect(banner).toHaveCount(0);
});

test("while editing, an address that no file makes answers 404, page or download", async ({ request }) => {
  for (const path of ["/articles/no-such-essay", "/articles/no-such-essay/actions", "/articles/no-such-essay/cite.bib", "/authors/no-such-author", "/topics/no-such-topic", "/topics/no-such-topic/feed.xml", "/page/99"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect((await request.get("/articles/newer-essay/cite.bib")).status()).toBe(200);
});
