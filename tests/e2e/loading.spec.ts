import { expect, test } from "@playwright/test";
import { ACTION_SHEET, ESSAY } from "./routes";

/**
 * The text comes before the scripts: a page fetches no script until the
 * browser has shown its first words, and its scripts still run afterwards.
 */
for (const path of ["/", ESSAY, ACTION_SHEET]) {
  test(`${path} shows its text before it fetches a script, and its scripts then run`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    // Nothing in the document starts a script download on its own.
    expect(html).not.toMatch(/<script[^>]* src="[^"]*"[^>]* async/);
    expect(html).not.toMatch(/<link[^>]* as="script"/);

    await page.goto(path);
    // Next's runtime marks the page once it has started; only the loaded scripts can do that.
    await page.waitForFunction(() => "next" in window);
    const timing = await page.evaluate(() => ({
      firstText: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      scripts: performance
        .getEntriesByType("resource")
        .filter((entry) => new URL(entry.name).pathname.endsWith(".js"))
        .map((entry) => entry.startTime),
    }));
    expect(timing.firstText).toBeGreaterThan(0);
    expect(timing.scripts.length).toBeGreaterThan(0);
    for (const start of timing.scripts) expect(start).toBeGreaterThanOrEqual(timing.firstText!);
  });
}
