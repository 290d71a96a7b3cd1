import { expect, test } from "@playwright/test";

/**
 * A production build of the test fixtures, which hold a draft
 * ("An Unfinished Draft", the only text that mentions quillwort) beside two
 * published essays. Whatever a production build makes, the draft is not in it.
 */
const DRAFT = "/articles/unfinished-draft";
const PUBLISHED = "/articles/newer-essay";

test("the draft's page, share image and citation files are not built, while a published essay's are", async ({ request }) => {
  for (const file of ["", "/opengraph-image", "/cite.bib", "/cite.ris", "/cite.json"]) {
    expect((await request.get(`${PUBLISHED}${file}`)).status(), `${PUBLISHED}${file}`).toBe(200);
    expect((await request.get(`${DRAFT}${file}`)).status(), `${DRAFT}${file}`).toBe(404);
  }
});

for (const path of ["/", "/collective", "/authors/ben-editor", "/topics/justice"]) {
  test(`${path} lists the published essays and not the draft`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("link", { name: "A Newer Essay" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "An Unfinished Draft" })).toHaveCount(0);
  });
}

test("the feeds and the sitemap carry the published essays and not the draft", async ({ request }) => {
  for (const path of ["/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/authors/ben-editor/feed.xml", "/topics/justice/feed.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    expect(body, path).toContain(PUBLISHED);
    expect(body, path).not.toContain("unfinished-draft");
    expect(body, path).not.toContain("An Unfinished Draft");
  }
});

test("search finds the published essays and nothing of the draft", async ({ page }) => {
  await page.goto("/search?q=opening+paragraph");
  await expect(page.locator("#search-results a").first()).toHaveText("A Newer Essay");
  await page.goto("/search?q=quillwort");
  await expect(page.getByRole("status")).toHaveText("No essays match “quillwort”.");
});
