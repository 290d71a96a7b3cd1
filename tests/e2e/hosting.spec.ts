import { expect, test } from "@playwright/test";
import { CITATION_FILE_EXTENSIONS, CITATION_FILE_TYPES } from "../../lib/citation/file-types";
import { FEEDS } from "../../lib/routes";
import { SECURITY_HEADERS } from "../../lib/security-headers";
import { expectEachHeaderOnce, expectNothingForOtherSites } from "./headers";
import { ALL_ROUTES, ESSAY } from "./routes";

/**
 * What every host serves, run against `next start`, the plain static server, Cloudflare's
 * own runtime (`wrangler pages dev`) and nginx with deploy/nginx.conf: the proof that a host
 * reads the generated configuration as intended, rather than trusting its documentation.
 */
const AUTHOR_FEED = "/authors/kate-dadamo/feed.xml";
const TOPIC_FEED = "/topics/sex-workers-rights-and-human-trafficking/feed.xml";

const CONTENT_TYPES: Record<string, string> = {
  "/opengraph-image": "image/png",
  [`${ESSAY}/opengraph-image`]: "image/png",
  "/favicon.ico": "image/x-icon",
  "/apple-touch-icon.png": "image/png",
  ...Object.fromEntries(Object.values(FEEDS).map(({ path, type }) => [path, `${type}; charset=utf-8`])),
  [AUTHOR_FEED]: `${FEEDS.rss.type}; charset=utf-8`,
  [TOPIC_FEED]: `${FEEDS.rss.type}; charset=utf-8`,
  ...Object.fromEntries(CITATION_FILE_EXTENSIONS.map((extension) => [`${ESSAY}/cite.${extension}`, CITATION_FILE_TYPES[extension].contentType])),
};

test("every kind of response carries the security headers of lib/security-headers.ts, header by header, once each", async ({ request, page }) => {
  await page.goto(ESSAY);
  // The page's own scripts are added once it has painted.
  await expect(page.locator("[data-exit-this-page]")).toHaveAttribute("data-exit-script", "on");
  const script = await page.locator('script[src^="/reader-scripts/"]').first().getAttribute("src");
  const paths = [...ALL_ROUTES.map(({ path }) => path), ...Object.keys(CONTENT_TYPES), "/sitemap.xml", "/robots.txt", "/logo.png", "/icon.svg", "/pagefind/pagefind.js", script!, "/no/such/page"];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([200, 404], `${path} answered ${response.status()}`).toContain(response.status());
    expectEachHeaderOnce(response, SECURITY_HEADERS, path);
    expectNothingForOtherSites(response, path);
    // A reading page holds nothing to guard from another site's window, and the policy cost a phone a new renderer (lib/security-headers.ts).
    expect(response.headers()["cross-origin-opener-policy"], `${path} asks for a browsing context group of its own`).toBeUndefined();
  }
});

test("every page says in itself that it sends no referrer, for hosts that send no headers", async ({ request }) => {
  for (const { path } of [...ALL_ROUTES, { path: "/no/such/page" }]) {
    expect(await (await request.get(path)).text(), path).toMatch(/<meta name="referrer" content="no-referrer"\/?>/);
  }
});

test("an essay answers at its address without .html, and an unknown address with the site's own 404 page", async ({ request }) => {
  const essay = await request.get(ESSAY, { maxRedirects: 0 });
  expect(essay.status()).toBe(200);
  expect(essay.headers()["content-type"]).toMatch(/^text\/html; ?charset=utf-8$/);
  expect(await essay.text()).toContain("Can Anti-Trafficking Be Rescued?</h1>");
  // /_not-found is Next's own name for the page: the export leaves no copy of it there.
  for (const path of ["/no/such/page", "/articles/no-such-essay", "/_not-found"]) {
    const missing = await request.get(path, { maxRedirects: 0 });
    expect(missing.status(), path).toBe(404);
    expect(missing.headers()["content-type"], path).toMatch(/^text\/html; ?charset=utf-8$/);
    expect(await missing.text(), path).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  }
});

test("a page has one address: a link to it with a slash at the end, or to its .html file, is sent on there for good", async ({ request, baseURL }, testInfo) => {
  const address = (path: string) => new URL(path, baseURL).href;
  for (const path of [ESSAY, `${ESSAY}/actions`, "/collective"]) {
    const response = await request.get(`${path}/?from=a-link`, { maxRedirects: 0 });
    expect(response.status(), `${path}/`).toBe(308);
    expect(address(response.headers().location), `${path}/`).toBe(address(`${path}?from=a-link`));
  }
  // `next start` has no address with .html (a 404); the static hosts hold the page's file there,
  // so they must send it on rather than answer a second copy of the page.
  for (const [file, path] of [[`${ESSAY}.html`, ESSAY], ["/index.html", "/"]]) {
    const response = await request.get(file, { maxRedirects: 0 });
    if (testInfo.project.name === "site") {
      expect(response.status(), file).toBe(404);
      continue;
    }
    expect(response.status(), file).toBe(308);
    expect(address(response.headers().location), file).toBe(address(path));
  }
});

test("share images, feeds and citation files carry their content types", async ({ request }) => {
  for (const [path, type] of Object.entries(CONTENT_TYPES)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe(type);
  }
});

test("the icons a browser or a phone asks for unasked are the collective's mark: an ICO holding a 48-pixel PNG, and a 180-pixel PNG", async ({ request }) => {
  const pngSize = (png: Buffer) => {
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };
  const ico = await (await request.get("/favicon.ico")).body();
  // ICONDIR: reserved, type 1 (icon), one image; then its entry: 48 by 48, its length, and where it starts.
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4), ico[6], ico[7]]).toEqual([0, 1, 1, 48, 48]);
  expect(ico.readUInt32LE(14)).toBe(ico.length - 22);
  expect(pngSize(ico.subarray(ico.readUInt32LE(18)))).toEqual([48, 48]);
  expect(pngSize(await (await request.get("/apple-touch-icon.png")).body())).toEqual([180, 180]);
  expect(pngSize(await (await request.get("/logo.png")).body())).toEqual([512, 512]);
});

test("the site's own scripts, named by their content, are cached for a year", async ({ request, page }) => {
  await page.goto(ESSAY);
  await expect(page.locator("[data-exit-this-page]")).toHaveAttribute("data-exit-script", "on");
  const script = await page.locator('script[src^="/reader-scripts/"]').first().getAttribute("src");
  expect((await request.get(script!)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});
