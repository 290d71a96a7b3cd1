import { readFileSync, writeFileSync } from "node:fs";
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
