import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ACTION_SHEET, ESSAY, STEP_TITLES } from "./routes";

const preview = (page: import("@playwright/test").Page) => page.locator("#footnote-preview");

/** The essay once its previews are live: its scripts load after the first paint, and a reader's first moment has none. */
async function openEssay(page: import("@playwright/test").Page) {
  await page.goto(ESSAY);
  await expect(page.locator(".prose")).toHaveAttribute("data-footnote-previews", "on");
}

test.describe("footnote previews", () => {
  test("hovering a reference shows its note beside it, and moving away closes it", async ({ page }) => {
    await openEssay(page);
    const reference = page.locator("a[data-footnote-ref]").nth(1);
    await reference.hover();
    await expect(preview(page)).toBeVisible();
    await expect(preview(page)).toContainText("Editor’s note: the text of the author’s second note");
    await expect(reference).toHaveAttribute("aria-describedby", "footnote-preview");
    await expect(reference).toHaveAttribute("aria-expanded", "true");
    const box = (await preview(page).boundingBox())!;
    const referenceBox = (await reference.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(referenceBox.y + referenceBox.height - 1);
    expect(box.y - (referenceBox.y + referenceBox.height)).toBeLessThan(40);
    await page.mouse.move(5, 5);
    await expect(preview(page)).toBeHidden();
    await expect(reference).toHaveAttribute("aria-describedby", "footnote-label");
  });

  test("focusing a reference shows the note, its link is reachable, and Escape closes it", async ({ page }) => {
    await openEssay(page);
    const reference = page.locator("a[data-footnote-ref]").first();
    await reference.focus();
    await expect(preview(page)).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(preview(page).getByRole("link", { name: "Note 1" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(preview(page)).toBeHidden();
    await expect(reference).toBeFocused();
  });

  test("opened at a note's way back, the essay shows the sentence, not a preview over it, and Tab still opens one", async ({ page }) => {
    // A reload after following ↩, or a step back in history to it: Chromium focuses the reference the address names.
    const reference = page.locator('a[data-footnote-ref][href="#user-content-fn-4"]');
    await page.goto(`${ESSAY}#user-content-fnref-4`);
    await expect(page.locator(".prose")).toHaveAttribute("data-footnote-previews", "on");
    await expect(reference).toBeFocused();
    await expect(preview(page)).toBeHidden();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(reference).toBeFocused();
    await expect(preview(page)).toBeVisible();
    await expect(preview(page)).toContainText("fourth note");
  });

  test("the preview has no accessibility violations while open, in both colour schemes", async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await openEssay(page);
      await page.locator("a[data-footnote-ref]").first().focus();
      await expect(preview(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    }
  });
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test("the first tap opens the preview and the second goes to the note", async ({ page }) => {
    await openEssay(page);
    const reference = page.locator("a[data-footnote-ref]").first();
    await reference.tap();
    await expect(preview(page)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${ESSAY}$`));
    await reference.tap();
    await expect(page).toHaveURL(/#user-content-fn-1$/);
    await expect(page.locator("#user-content-fn-1")).toBeInViewport();
  });

  test("the preview shows whole, just below its reference, not cut off by its paragraph", async ({ page }) => {
    await openEssay(page);
    const reference = page.locator("a[data-footnote-ref]").nth(1);
    await reference.scrollIntoViewIfNeeded();
    await reference.tap();
    await expect(preview(page)).toBeVisible();
    const box = (await preview(page).boundingBox())!;
    const referenceBox = (await reference.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(referenceBox.y + referenceBox.height - 1);
    expect(box.y - (referenceBox.y + referenceBox.height)).toBeLessThan(40);
    // What is drawn at the preview's lower corners is the preview, not the text underneath.
    const drawn = await page.evaluate(
      ({ x, y, width, height }) =>
        [
          [x + 4, y + height - 4],
          [x + width - 4, y + height - 4],
        ].map(([left, top]) => document.elementFromPoint(left, top)?.closest("#footnote-preview") !== null),
      box,
    );
    expect(drawn).toEqual([true, true]);
  });

  test("the outline is a compact block near the top that opens on a tap", async ({ page }) => {
    await openEssay(page);
    const outline = page.getByRole("navigation", { name: "Action steps" });
    const firstStep = outline.getByRole("link", { name: STEP_TITLES[0] });
    await expect(firstStep).toBeHidden();
    expect((await outline.boundingBox())!.height).toBeLessThan(80);
    await outline.getByText("Action steps").tap();
    await expect(firstStep).toBeVisible();
    await firstStep.tap();
    await expect(page.locator(".prose h3").first()).toBeInViewport();
  });
});

test.describe("sidenotes on wide screens", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("each note sits in the right margin beside its reference, without overlapping", async ({ page }) => {
    await page.goto(ESSAY);
    const prose = (await page.locator(".prose").boundingBox())!;
    const sidenotes = page.locator(".sidenote");
    await expect(sidenotes).toHaveCount(5);
    let previousBottom = 0;
    for (let index = 0; index < 5; index++) {
      const box = (await sidenotes.nth(index).boundingBox())!;
      const reference = (await page.locator("a[data-footnote-ref]").nth(index).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(prose.x + prose.width);
      expect(box.x + box.width).toBeLessThanOrEqual(1440);
      expect(box.y).toBeGreaterThanOrEqual(previousBottom);
      expect(Math.abs(box.y - reference.y)).toBeLessThan(400);
      previousBottom = box.y + box.height;
      await expect(sidenotes.nth(index)).toHaveAttribute("aria-hidden", "true");
      // Upright, even the second, whose reference sits inside the italic question.
      await expect(sidenotes.nth(index)).toHaveCSS("font-style", "normal");
    }
  });

  test("the outline stays in view and marks the step being read", async ({ page }) => {
    await page.goto(ESSAY);
    const outline = page.getByRole("navigation", { name: "Action steps" });
    await expect(outline.locator('[aria-current="step"]')).toHaveCount(0);
    await page.locator(".prose h3").nth(2).evaluate((heading) => heading.scrollIntoView({ block: "start" }));
    await expect(outline).toBeInViewport();
    await expect(outline.locator('[aria-current="step"]')).toHaveText(STEP_TITLES[2]);
  });

  test("sidenotes are hidden on narrow screens, where the popover does the job", async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(ESSAY);
    await expect(page.locator(".sidenote").first()).toBeHidden();
  });
});

test("each step has a permalink and a control that copies it", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(ESSAY);
  const step = page.locator(".action-step").nth(1);
  const permalink = step.getByRole("link", { name: `Link to this step: ${STEP_TITLES[1]}` });
  const id = (await permalink.getAttribute("href"))!;
  expect(id).toBe("#be-prepared-to-change-your-enforcement-partners");
  await step.getByRole("button", { name: `Copy the link to this step: ${STEP_TITLES[1]}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveText(`Link copied: ${baseURL}${ESSAY}${id}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ESSAY}${id}`);
});

test("the printable action sheet lists the steps in order and fits on one page", async ({ page, baseURL }) => {
  await page.goto(ESSAY);
  await page.getByRole("link", { name: "Printable action sheet" }).click();
  await expect(page).toHaveURL(ACTION_SHEET);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Can Anti-Trafficking Be Rescued?");
  await expect(page.getByText("Action steps from the essay by Kate D’Adamo, 17 June 2020.")).toBeVisible();
  await expect(page.locator(".action-sheet-steps > li > h2")).toHaveText(STEP_TITLES);
  await expect(page.getByText(`${baseURL}${ESSAY}`)).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test("the action steps are in the structured data as an ordered list", async ({ page, baseURL }) => {
  await page.goto(ESSAY);
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const list = blocks.find((block) => block["@type"] === "ItemList");
  expect(list).toMatchObject({ itemListOrder: "https://schema.org/ItemListOrderAscending", numberOfItems: 5 });
  expect(list.itemListElement.map((item: { position: number; name: string }) => [item.position, item.name])).toEqual(STEP_TITLES.map((title, index) => [index + 1, title]));
  expect(list.itemListElement[0].url).toBe(`${baseURL}${ESSAY}#support-holding-law-enforcement-accountable-their-behavior-reflects-on-you`);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the essay reads, and footnote and outline links still work", async ({ page }) => {
    await page.goto(ESSAY);
    await expect(page.getByText("Despite a transformative moment")).toBeVisible();
    await page.locator("a[data-footnote-ref]").first().click();
    await expect(page.locator("#user-content-fn-1")).toBeInViewport();
    await page.getByRole("navigation", { name: "Action steps" }).getByRole("link", { name: STEP_TITLES[3] }).click();
    await expect(page.locator("#re-define-partnership")).toBeInViewport();
    // The copy buttons need a script, so they never show without one.
    await expect(page.getByRole("button", { name: /Copy the link/ })).toHaveCount(0);
  });
});

test("reduced motion turns smooth scrolling off and focus stays visible", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(ESSAY);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  expect(await skip.evaluate((link) => getComputedStyle(link).outlineStyle)).toBe("solid");
});
