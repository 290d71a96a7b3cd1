import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/**
 * What links essays to each other, on a production export of the fixtures: two
 * published essays share the topic Health, the newer is also in Justice, and a
 * draft in Justice is never built.
 */
const NEWER = "/articles/newer-essay";
const OLDER = "/articles/older-essay";
/** The imported fixture essay, from 2018: the oldest, with no topic. */
const OLDEST = "/articles/care-without-cages";

test("the newer essay ends with more on its topic and the essay before it", async ({ page }) => {
  await page.goto(NEWER);
  const more = page.getByRole("navigation", { name: "More essays" });
  const health = more.getByRole("region", { name: "More on Health" });
  await expect(health.getByRole("link")).toHaveText(["An Older Essay"]);
  await expect(health.getByRole("link", { name: "An Older Essay" })).toHaveAttribute("href", OLDER);
  // Its other topic has only the draft, which is not published: no list for it.
  await expect(more.getByRole("heading", { name: "More on Justice" })).toHaveCount(0);
  await expect(more.getByText("An Unfinished Draft")).toHaveCount(0);
  const sequence = more.getByRole("list", { name: "Previous and next essays" });
  await expect(sequence.getByRole("listitem")).toHaveText(["Previous essayAn Older Essay"]);
  await expect(sequence.getByRole("link", { name: "An Older Essay" })).toHaveAttribute("rel", "prev");
});

test("the older essay links on to the newer one", async ({ page }) => {
  await page.goto(OLDER);
  const more = page.getByRole("navigation", { name: "More essays" });
  await expect(more.getByRole("region", { name: "More on Health" }).getByRole("link")).toHaveText(["A Newer Essay"]);
  const sequence = more.getByRole("list", { name: "Previous and next essays" });
  await expect(sequence.getByRole("listitem")).toHaveText(["Previous essayCare Without Cages", "Next essayA Newer Essay"]);
  await sequence.getByRole("link", { name: "A Newer Essay" }).click();
  await expect(page).toHaveURL(NEWER);
});

test("the structured data lists the essays the page links to", async ({ page, baseURL }) => {
  for (const [path, others] of [
    [NEWER, [OLDER]],
    [OLDER, [NEWER, OLDEST]],
  ] as const) {
    await page.goto(path);
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
    const article = blocks.find((block) => block["@type"] === "Article");
    expect(article.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": `${baseURL}${path}`, relatedLink: others.map((other) => `${baseURL}${other}`) });
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`an essay with related essays has no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(NEWER);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
