import { expect, test } from "@playwright/test";
import { ALL_ROUTES, ESSAY } from "./routes";

for (const route of ALL_ROUTES) {
  test(`${route.path} renders its heading`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.heading);
    await expect(page).toHaveTitle(/Reframe Health and Justice/);
  });
}

test("the home page lists the essay with its summary, author, date and reading time", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("A collective of individuals dedicated to reframing").first()).toBeVisible();
  const item = page.locator(".article-list-item").first();
  await expect(item.getByRole("link", { name: "Can Anti-Trafficking Be Rescued?" })).toHaveAttribute("href", ESSAY);
  await expect(item.getByRole("link", { name: "Kate D’Adamo" })).toHaveAttribute("href", "/authors/kate-dadamo");
  await expect(item.locator("time")).toHaveAttribute("datetime", "2020-06-17");
  await expect(item).toContainText("17 June 2020");
  await expect(item).toContainText(/\d+ min read/);
});

test("the essay page has its byline, date, topic, section, source and collective", async ({ page }) => {
  await page.goto(ESSAY);
  const header = page.locator(".article-header");
  await expect(header.getByRole("link", { name: "Kate D’Adamo" })).toHaveAttribute("href", "/authors/kate-dadamo");
  await expect(header.locator("time")).toHaveAttribute("datetime", "2020-06-17");
  await expect(header).toContainText(/\d+ min read/);
  await expect(header).toContainText("Campaign and Advocacy");
  await expect(header.getByRole("link", { name: "Sex Workers’ Rights and Human Trafficking" })).toHaveAttribute(
    "href",
    "/topics/sex-workers-rights-and-human-trafficking",
  );
  const footer = page.locator(".article-footer");
  await expect(footer).toContainText("Originally published at reframehealthandjustice.medium.com/can-anti-trafficking-be-rescued-5688c3221173");
  await expect(footer.getByRole("link", { name: "Reframe Health and Justice" })).toHaveAttribute("href", "/collective");
  await expect(page.getByText("Despite a transformative moment which Angela Davis described")).toBeVisible();
});

test("the author, topic and collective pages list the essay", async ({ page }) => {
  for (const path of ["/authors/kate-dadamo", "/topics/sex-workers-rights-and-human-trafficking", "/collective"]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: "Can Anti-Trafficking Be Rescued?" })).toHaveAttribute("href", ESSAY);
  }
  await page.goto("/authors/kate-dadamo");
  await expect(page.getByText("Kate D’Adamo writes for Reframe Health and Justice.").first()).toBeVisible();
  await page.goto("/collective");
  await expect(page.getByRole("region", { name: "Members" }).getByRole("link", { name: "Kate D’Adamo" })).toBeVisible();
  // The description is the page's lede; the body goes on from it rather than saying it again.
  await expect(page.getByRole("main").getByText("A collective of individuals dedicated to reframing")).toHaveCount(1);
});

for (const path of ["/articles/no-such-essay", "/authors/nobody", "/topics/nothing", "/no/such/page"]) {
  test(`${path} answers 404 with a page that links home`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(1);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: /home page/ }).click();
    await expect(page).toHaveURL("/");
  });
}
