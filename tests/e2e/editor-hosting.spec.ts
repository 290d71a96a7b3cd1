import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { EDITOR_PATHS } from "../../lib/cms/editor-paths";
import { CONTENT_SECURITY_POLICY, EDITOR_CONTENT_SECURITY_POLICY } from "../../lib/security-headers";
import { EDITOR_GITHUB_REPO } from "../../playwright.config";
import { ALL_ROUTES } from "./routes";

/**
 * The browser's editor as the built site serves it, under `next start` and as
 * the static export: its own policy at /admin and nowhere else, out of search
 * engines' reach, and nothing of it on any reader's page.
 */

const EDITOR_FILES = [`${EDITOR_PATHS.root}/`, EDITOR_PATHS.setupScript, EDITOR_PATHS.previewStyles, EDITOR_PATHS.decapScript, EDITOR_PATHS.config, EDITOR_PATHS.siteIndex];

test("/admin and its files carry the editor's policy alone, an opener policy that still lets the sign-in popup answer, and are never indexed", async ({ request }) => {
  for (const path of EDITOR_FILES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headersArray();
    // One policy, not the site's and the editor's joined: a browser would enforce both.
    expect(headers.filter(({ name }) => name.toLowerCase() === "content-security-policy").map(({ value }) => value), path).toEqual([EDITOR_CONTENT_SECURITY_POLICY]);
    expect(response.headers()["cross-origin-opener-policy"], path).toBe("same-origin-allow-popups");
    expect(response.headers()["x-robots-tag"], path).toBe("noindex, nofollow");
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
});

test("every reader page keeps exactly the site's policy", async ({ request }) => {
  for (const route of [...ALL_ROUTES, { path: "/feed.xml" }, { path: "/sitemap.xml" }, { path: "/robots.txt" }]) {
    const response = await request.get(route.path);
    expect(response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy").map(({ value }) => value), route.path).toEqual([CONTENT_SECURITY_POLICY]);
    // The editor's opener policy is its own: reading pages send none (lib/security-headers.ts).
    expect(response.headers()["cross-origin-opener-policy"], route.path).toBeUndefined();
    expect(response.headers()["x-robots-tag"], route.path).toBeUndefined();
  }
});

test("robots.txt disallows /admin, and no sitemap, feed or search index lists it", async ({ request }) => {
  expect(await (await request.get("/robots.txt")).text()).toMatch(/^Disallow: \/admin$/m);
  for (const path of ["/sitemap.xml", "/feed.xml", "/atom.xml", "/feed.json"]) {
    expect(await (await request.get(path)).text(), path).not.toContain("/admin");
  }
  // Pagefind counts the pages it indexed: the essays, and not the editor's page.
  const entry = (await (await request.get("/pagefind/pagefind-entry.json")).json()) as { languages: Record<string, { page_count: number }> };
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const essays = [...sitemap.matchAll(/<loc>[^<]*\/articles\/[^/<]+<\/loc>/g)].length;
  expect(Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0)).toBe(essays);
});

test("the editor starts under its policy, breaks no rule of it, asks to sign in with GitHub and talks to no other origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(`${EDITOR_PATHS.root}/`);
  await expect(page.getByRole("button", { name: "Login with GitHub" })).toBeVisible({ timeout: 30_000 });
  violations.push(...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])));
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
  expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex, nofollow");

  // Pointed at this site's sign-in handshake, at the site's public address (SITE_URL, which its
  // pages name as canonical; under wrangler the export built for another port is served).
  const config = parse(await (await page.request.get(EDITOR_PATHS.config)).text()) as { backend: Record<string, string>; publish_mode: string };
  const home = await (await page.request.get("/")).text();
  const siteUrl = new URL(/<link rel="canonical" href="([^"]+)"/.exec(home)![1]).origin;
  expect(config.backend).toMatchObject({ name: "github", repo: EDITOR_GITHUB_REPO, base_url: siteUrl, auth_endpoint: "api/cms-auth/auth", branch: "main" });
  expect(config.publish_mode).toBe("editorial_workflow");
});

test("no reader page loads any of the editor", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith(`${EDITOR_PATHS.root}/`)) loaded.push(request.url());
  });
  for (const route of ALL_ROUTES) await page.goto(route.path, { waitUntil: "networkidle" });
  expect(loaded).toEqual([]);
});
