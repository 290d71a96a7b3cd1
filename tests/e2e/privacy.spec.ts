import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ALL_ROUTES as ROUTES } from "./routes";

for (const route of ROUTES) {
  test(`${route.path} requests nothing from another origin, sets no cookie and logs no error`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    const setCookies: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    page.on("response", async (response) => {
      const header = await response.headerValue("set-cookie");
      if (header) setCookies.push(`${response.url()}: ${header}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto(route.path, { waitUntil: "networkidle" });
    // Scroll through the page, as a reader would, so anything loaded late is caught too.
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState("networkidle");
    // The header checks are asynchronous: let those under way finish, and stop
    // listening, so none outlives the page.
    await page.removeAllListeners("response", { behavior: "wait" });

    expect(foreign).toEqual([]);
    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  for (const route of ROUTES) {
    test(`${route.path} has no accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(route.path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the not-found page has no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/articles/no-such-essay");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
}
