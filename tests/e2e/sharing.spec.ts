import { expect, test } from "@playwright/test";
import { ESSAY } from "./routes";

const TITLE = "Can Anti-Trafficking Be Rescued?";

test("the essay can be shared by email, with its title and address", async ({ page, baseURL }) => {
  await page.goto(ESSAY);
  const share = page.getByRole("region", { name: "Share" });
  const href = await share.getByRole("link", { name: "Email this essay" }).getAttribute("href");
  const mail = new URL(href!);
  expect(mail.protocol).toBe("mailto:");
  expect(mail.searchParams.get("subject")).toBe(TITLE);
  expect(mail.searchParams.get("body")).toBe(`${TITLE}\n${baseURL}${ESSAY}`);
});

test("Copy link copies the essay's address and says so", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  await page.goto(ESSAY);
  const share = page.getByRole("region", { name: "Share" });
  await share.getByRole("button", { name: "Copy link" }).click();
  await expect(share.getByRole("status")).toHaveText(`Link copied: ${baseURL}${ESSAY}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ESSAY}`);
  expect(foreign).toEqual([]);
});

test("Share… opens the device's share sheet with the title and address, where the browser has one", async ({ page, baseURL }) => {
  await page.goto(ESSAY);
  // Desktop Chromium on Linux has no share sheet: no button that would do nothing.
  expect(await page.evaluate(() => typeof navigator.share)).toBe("undefined");
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Share…" })).toBeHidden();

  // A browser that has one (as phones do), recording what it is asked to share.
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, "share", { value: async (data: ShareData) => void shared.push(data) });
  });
  await page.reload();
  await page.getByRole("button", { name: "Share…" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([{ title: TITLE, url: `${baseURL}${ESSAY}` }]);
});

test("an essay with no other essays to point to ends without a related list", async ({ page }) => {
  await page.goto(ESSAY);
  await expect(page.getByRole("region", { name: "Share" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "More essays" })).toHaveCount(0);
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  expect(blocks.find((block) => block["@type"] === "Article").mainEntityOfPage).not.toHaveProperty("relatedLink");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("email still works, and buttons that need JavaScript are not shown", async ({ page }) => {
    await page.goto(ESSAY);
    const share = page.getByRole("region", { name: "Share" });
    await expect(share.getByRole("link", { name: "Email this essay" })).toBeVisible();
    await expect(share.getByRole("button")).toHaveCount(0);
  });
});
