import { expect, test } from "@playwright/test";

/**
 * An essay that `npm run import:medium` wrote from a Medium post whose notes
 * were marked [1], [2], [3] under a "Notes" heading, and whose "What you can
 * do" section had a heading per step (tests/fixtures/medium). It is part of
 * the fixture site, built for production.
 */
const IMPORTED = "/articles/care-without-cages";

test("an imported essay's recovered notes are footnotes with working previews and back-links", async ({ page }) => {
  await page.goto(IMPORTED);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Care Without Cages");
  const references = page.locator("a[data-footnote-ref]");
  await expect(references).toHaveCount(3);
  // The page's scripts load after its first paint; a hover before them shows nothing.
  await expect(page.locator(".prose")).toHaveAttribute("data-footnote-previews", "on");

  await references.nth(1).hover();
  const preview = page.locator("#footnote-preview");
  await expect(preview).toBeVisible();
  await expect(preview).toContainText("See the grant terms, section 4.");
  await expect(preview.getByRole("link", { name: "the grant terms" })).toHaveAttribute("href", "https://example.org/grant-terms");
  await page.mouse.move(5, 5);
  await expect(preview).toBeHidden();

  await references.first().click();
  await expect(page).toHaveURL(/#user-content-fn-1$/);
  const note = page.locator("#user-content-fn-1");
  await expect(note).toBeInViewport();
  await expect(note).toContainText("Interviews with outreach workers, spring 2021.");
  await note.getByRole("link", { name: "Back to reference 1" }).click();
  await expect(references.first()).toBeInViewport();
  // The notes are the site's own now: no leftover "[1]" markers or a second "Notes" heading.
  await expect(page.locator(".prose")).not.toContainText("[1]");
  await expect(page.getByRole("heading", { name: "Notes" })).toHaveCount(1);
});

test("an imported essay's action steps are the site's numbered steps, with the outline", async ({ page }) => {
  await page.goto(IMPORTED);
  const steps = ["Ask where the grant money goes", "Fund the outreach team directly", "Show up at the hearing"];
  await expect(page.getByRole("navigation", { name: "Action steps" }).getByRole("listitem").getByRole("link")).toHaveText(steps);
  await expect(page.locator(".prose ol.action-step-list > li h3")).toHaveText(steps);
});
