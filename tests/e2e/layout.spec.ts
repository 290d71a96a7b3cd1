import { expect, test } from "@playwright/test";
import { ALL_ROUTES as ROUTES, ESSAY } from "./routes";

for (const width of [320, 768, 1440]) {
  test(`no sideways scrolling at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const route of ROUTES) {
      await page.goto(route.path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, route.path).toBeLessThanOrEqual(0);
    }
  });
}

test("the essay column is set to a 65–75 character measure", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(ESSAY);
  const charactersPerLine = await page.locator(".prose > p").first().evaluate((paragraph) => {
    const style = getComputedStyle(paragraph);
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const text = paragraph.textContent ?? "";
    const averageCharacter = context.measureText(text).width / text.length;
    return paragraph.getBoundingClientRect().width / averageCharacter;
  });
  expect(charactersPerLine).toBeGreaterThanOrEqual(65);
  expect(charactersPerLine).toBeLessThanOrEqual(75);
});

test("dark mode swaps to light text on a dark background", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(ESSAY);
  const [background, text] = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return [style.backgroundColor, getComputedStyle(document.body).color];
  });
  expect(background).toBe("rgb(22, 20, 15)");
  expect(text).toBe("rgb(242, 237, 228)");
});

test("print shows the essay, its footnotes and its action steps without the site's navigation", async ({ page }) => {
  await page.goto(ESSAY);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Action steps" })).toBeHidden();
  await expect(page.locator(".action-steps")).toBeVisible();
  await expect(page.locator(".action-step")).toHaveCount(5);
  await expect(page.locator(".footnotes")).toBeVisible();
  // The original's address prints once, as the link's own words (print.spec.ts holds the rule).
  await expect(page.locator(".article-footer a[href^='https']")).toHaveText(/^reframehealthandjustice\.medium\.com\//);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
