import { expect, test } from "@playwright/test";
import { ESSAY, STEP_TITLES } from "./routes";

test("the essay is set in true typography: curly apostrophes and quotes, real dashes", async ({ page }) => {
  await page.goto(ESSAY);
  await expect(page.locator(".article-header .lede")).toContainText("Kate D’Adamo asks");
  const prose = page.locator(".prose");
  await expect(prose).toContainText("I don’t know.");
  await expect(prose).toContainText("slavery remains legal—prison");
  await expect(prose).toContainText("For context, “carceral” means");
  expect(await prose.innerText()).not.toMatch(/['"]/);
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toContain("Kate D’Adamo asks");
});

test("the essay's footer credits its author once, in plain words", async ({ page }) => {
  await page.goto(ESSAY);
  await expect(page.locator(".article-footer")).toContainText("Written by Kate D’Adamo for Reframe Health and Justice.");
  await expect(page.locator(".article-footer")).not.toContainText("by by");
});

test("each footnote reference leads to its note and the note leads back", async ({ page }) => {
  await page.goto(ESSAY);
  const references = page.locator("a[data-footnote-ref]");
  await expect(references).toHaveCount(5);
  for (let n = 1; n <= 5; n++) {
    const reference = references.nth(n - 1);
    await reference.click();
    await expect(page).toHaveURL(new RegExp(`#user-content-fn-${n}$`));
    const note = page.locator(`#user-content-fn-${n}`);
    await expect(note).toBeInViewport();
    await expect(note).toContainText("Editor’s note:");
    await note.getByRole("link", { name: `Back to reference ${n}` }).click();
    await expect(page).toHaveURL(new RegExp(`#user-content-fnref-${n}$`));
    await expect(reference).toBeInViewport();
    // A reader moves the pointer off the reference before reaching for the next one.
    await page.mouse.move(0, 0);
    await expect(page.locator("#footnote-preview")).toBeHidden();
  }
});

test("the action-step outline lists every step and each link lands on its step", async ({ page }) => {
  await page.goto(ESSAY);
  const outline = page.getByRole("navigation", { name: "Action steps" });
  const links = outline.getByRole("listitem").getByRole("link");
  await expect(links).toHaveText(STEP_TITLES);
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const title = await link.textContent();
    const href = await link.getAttribute("href");
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const heading = page.locator(`.prose ${href}`);
    await expect(heading).toHaveText(title!);
    await expect(heading).toBeInViewport();
  }
});

test("the outline comes before the essay and stays in reach on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(ESSAY);
  const outline = page.getByRole("navigation", { name: "Action steps" });
  const outlineBox = await outline.boundingBox();
  const firstParagraph = await page.locator(".prose p").first().boundingBox();
  expect(outlineBox!.x + outlineBox!.width).toBeLessThanOrEqual(firstParagraph!.x);
  await page.locator("#user-content-fn-3").scrollIntoViewIfNeeded();
  await expect(outline).toBeInViewport();
});

test("on a phone the outline sits above the essay", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(ESSAY);
  const outline = await page.getByRole("navigation", { name: "Action steps" }).boundingBox();
  const firstParagraph = await page.locator(".prose p").first().boundingBox();
  expect(outline!.y + outline!.height).toBeLessThanOrEqual(firstParagraph!.y);
});
