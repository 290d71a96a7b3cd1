import { expect, type Page, test } from "@playwright/test";
import { ACTION_SHEET, ALL_ROUTES, ESSAY } from "./routes";

const READING_PAGES = [...ALL_ROUTES.map((route) => route.path), "/articles/no-such-essay"];

/** Waits until the page's own scripts have run: the exit control, on every page, says so. */
const scriptsRan = (page: Page) => expect(page.locator("[data-exit-this-page]")).toHaveAttribute("data-exit-script", "on");

/**
 * The text comes before the scripts: a page fetches no script until the
 * browser has shown its first words, and its scripts still run afterwards.
 */
for (const path of ["/", ESSAY, ACTION_SHEET]) {
  test(`${path} shows its text before it fetches a script, and its scripts then run`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    // Nothing in the document starts a script download on its own.
    expect(html).not.toMatch(/<script[^>]* src="[^"]*"/);
    expect(html).not.toMatch(/<link[^>]* as="script"/);

    await page.goto(path);
    await scriptsRan(page);
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

/**
 * Reading pages carry none of the framework's JavaScript: no script or
 * preload of Next's, none of its inline payload, no React on the client. What
 * a page runs is the site's own small scripts, and on the search page the
 * search index's.
 */
for (const path of READING_PAGES) {
  test(`${path} carries only the site's own scripts, none of the framework's`, async ({ page, request, baseURL }) => {
    const html = await (await request.get(path, { failOnStatusCode: false })).text();
    // (The inlined stylesheet still names the CSS files it came from.)
    expect(html).not.toMatch(/\/_next\/[^"\s]*\.js/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).not.toMatch(/<link[^>]* rel="(modulepreload|preload)"[^>]* as="script"|<link[^>]* as="script"/);
    // One inline script runs, the loader of the page's own files; the other script elements are structured data.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]);
    expect(scripts.filter((attributes) => !attributes.includes('type="application/ld+json"'))).toEqual([' data-scripts-after-paint=""']);

    const loaded: string[] = [];
    page.on("request", (request) => {
      if (["script", "fetch", "xhr"].includes(request.resourceType()) || request.url().endsWith(".js")) loaded.push(request.url());
    });
    await page.goto(path);
    await scriptsRan(page);
    if (path === "/search") {
      await page.getByRole("searchbox", { name: "Search the essays" }).fill("police");
      await expect(page.locator("#search-results a").first()).toBeVisible();
    }
    const files = loaded.map((url) => new URL(url)).map((url) => (url.origin === new URL(baseURL!).origin ? url.pathname : url.href));
    const own = files.filter((file) => /^\/reader-scripts\/[a-z-]+\.[0-9a-f]{12}\.js$/.test(file));
    const searchIndex = files.filter((file) => file.startsWith("/pagefind/"));
    expect(own.length).toBeGreaterThan(0);
    expect(files.filter((file) => !own.includes(file) && !searchIndex.includes(file))).toEqual([]);
    if (path === "/search") expect(searchIndex).toContain("/pagefind/pagefind.js");
    else expect(searchIndex).toEqual([]);
    // Nothing of React or Next arrived by another way.
    const framework = await page.evaluate(() => [
      ...["next", "__next_f", "TURBOPACK"].filter((name) => name in window),
      // React marks the nodes it hydrates, and the document it hydrates into.
      ...[document, document.documentElement, document.body, document.querySelector("main")!].flatMap((node) => Object.keys(node).filter((key) => key.startsWith("__react"))),
    ]);
    expect(framework).toEqual([]);
  });
}

test("the site's own scripts are named by their content and cached for good", async ({ page, request }) => {
  const files: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/reader-scripts/")) files.push(new URL(request.url()).pathname);
  });
  await page.goto(ESSAY);
  await scriptsRan(page);
  await expect(page.locator(".prose")).toHaveAttribute("data-footnote-previews", "on");
  expect(files.map((file) => file.replace(/\.[0-9a-f]{12}\.js$/, ""))).toEqual(["/reader-scripts/exit-this-page", "/reader-scripts/essay"]);
  for (const file of files) {
    const response = await request.get(file);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^(text|application)\/javascript/);
    // Standalone: no module syntax left, nothing it loads from elsewhere.
    const code = await response.text();
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toContain("/_next/");
  }
  expect((await request.get("/reader-scripts/essay.000000000000.js", { failOnStatusCode: false })).status()).toBe(404);
});
