import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { HtmlValidate } from "html-validate";
import Parser from "rss-parser";
import { ALL_ROUTES, ESSAY, ROUTES } from "./routes";

const meta = (page: import("@playwright/test").Page, key: string) =>
  page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute("content");

for (const route of ROUTES) {
  test(`${route.path} is fully described to search engines and social cards`, async ({ page, baseURL }) => {
    await page.goto(route.path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle(route.title);
    expect((await meta(page, "description"))?.length).toBeGreaterThan(20);
    const canonical = page.locator('head link[rel="canonical"]');
    await expect(canonical).toHaveCount(1);
    // Next writes the home page's canonical without its trailing slash; both name the same URL.
    expect(new URL((await canonical.getAttribute("href"))!).href).toBe(`${baseURL}${route.path}`);
    expect(await meta(page, "og:title")).toBeTruthy();
    expect(await meta(page, "og:description")).toBeTruthy();
    expect(new URL((await meta(page, "og:url"))!).href).toBe(`${baseURL}${route.path}`);
    expect(await meta(page, "og:image")).toMatch(new RegExp(`^${baseURL}/`));
    expect(await meta(page, "og:image:width")).toBe("1200");
    expect(await meta(page, "og:image:height")).toBe("630");
    expect(await meta(page, "og:image:alt")).toBeTruthy();
    expect(await meta(page, "twitter:card")).toBe("summary_large_image");
    for (const [type, path] of [["application/rss+xml", "/feed.xml"], ["application/atom+xml", "/atom.xml"], ["application/feed+json", "/feed.json"]]) {
      await expect(page.locator(`head link[rel="alternate"][type="${type}"][href="${baseURL}${path}"]`)).toHaveCount(1);
    }
  });
}

test("a first list page that repeats another page names that page as canonical, in its link and its card alike", async ({ page, baseURL }) => {
  for (const [path, canonicalPath] of [["/page/1", "/"], ["/topics/sex-workers-rights-and-human-trafficking/page/1", "/topics/sex-workers-rights-and-human-trafficking"]]) {
    await page.goto(path);
    expect(new URL((await page.locator('head link[rel="canonical"]').getAttribute("href"))!).href, path).toBe(`${baseURL}${canonicalPath}`);
    expect(new URL((await meta(page, "og:url"))!).href, path).toBe(`${baseURL}${canonicalPath}`);
  }
});

test("the site's share image is described by the words it shows: the collective's name and description", async ({ page }) => {
  await page.goto("/");
  const alt = "Reframe Health and Justice: A collective of individuals dedicated to reframing the sociopolitical paradigms through which we understand race, gender, health, and justice.";
  expect(await meta(page, "og:image:alt")).toBe(alt);
  expect(await meta(page, "twitter:image:alt")).toBe(alt);
  expect(await meta(page, "og:locale")).toBe("en_US");
});

test("the essay carries article metadata and its own share image", async ({ page, request, baseURL }) => {
  await page.goto(ESSAY);
  expect(await meta(page, "og:type")).toBe("article");
  expect(await meta(page, "article:published_time")).toBe("2020-06-17");
  expect(await meta(page, "article:author")).toBe(`${baseURL}/authors/kate-dadamo`);
  expect(await meta(page, "article:section")).toBe("Campaign and Advocacy");
  expect(await meta(page, "article:tag")).toBe("Sex Workers’ Rights and Human Trafficking");
  expect(await meta(page, "og:image:alt")).toContain("Can Anti-Trafficking Be Rescued?");
  const image = await request.get((await meta(page, "og:image"))!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const png = await image.body();
  // A PNG's IHDR chunk holds its width and height as big-endian integers.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

  await page.goto("/authors/kate-dadamo");
  const siteImage = await request.get((await meta(page, "og:image"))!);
  expect(siteImage.headers()["content-type"]).toBe("image/png");
});

test("the RSS, Atom and JSON feeds carry the full essay with working absolute links", async ({ request, baseURL }) => {
  const essayUrl = `${baseURL}${ESSAY}`;
  const rssText = await (await request.get("/feed.xml")).text();
  const atomText = await (await request.get("/atom.xml")).text();
  const jsonText = await (await request.get("/feed.json")).text();

  const parser = new Parser({ customFields: { item: [["content:encoded", "contentEncoded"]] } });
  const rss = await parser.parseString(rssText);
  const atom = await parser.parseString(atomText);
  for (const feed of [rss, atom]) {
    expect(feed.title).toBe("Reframe Health and Justice");
    const item = feed.items[0];
    expect(item.title).toBe("Can Anti-Trafficking Be Rescued?");
    expect(item.link).toBe(essayUrl);
    expect(new Date(item.isoDate!).toISOString().slice(0, 10)).toBe("2020-06-17");
  }
  const rssItem = rss.items[0] as unknown as Record<string, string>;
  expect(rssItem.creator).toBe("Kate D’Adamo");
  expect(rss.items[0].categories).toContain("Sex Workers’ Rights and Human Trafficking");
  expect(rss.items[0].contentSnippet).toContain("The anti-trafficking field has stayed largely silent");

  const json = extractFromJson(JSON.parse(jsonText), { normalization: false }) as { items: Record<string, unknown>[]; version: string };
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  const jsonItem = json.items[0] as { url: string; content_html: string; summary: string; authors: { name: string }[]; tags: string[] };
  expect(jsonItem.url).toBe(essayUrl);
  expect(jsonItem.authors.map((author) => author.name)).toEqual(["Kate D’Adamo"]);
  expect(jsonItem.tags).toContain("Sex Workers’ Rights and Human Trafficking");

  const normalised = extractFromXml(atomText, { descriptionMaxLen: 0 });
  expect(normalised?.entries?.[0]?.link).toBe(essayUrl);

  expect(jsonItem.summary).toContain("Kate D’Adamo asks");
  for (const html of [rssItem.contentEncoded, atom.items[0].content!, jsonItem.content_html]) {
    expect(html).toContain("Despite a transformative moment");
    // True typography, as on the page.
    expect(html).toContain("I don’t know.");
    expect(html).toContain("Advocate For Legislative Change");
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, "&"));
    expect(hrefs.length).toBeGreaterThanOrEqual(10);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    // Footnote references and back-references point into the essay's own page, where those ids exist.
    expect(hrefs).toContain(`${essayUrl}#user-content-fn-1`);
    expect(hrefs).toContain(`${essayUrl}#user-content-fnref-1`);
  }
  const page = await (await request.get(ESSAY)).text();
  expect(page).toContain('id="user-content-fn-1"');
  expect(page).toContain('id="user-content-fnref-1"');
});

test("every RSS feed names authors with dc:creator, never with an <author> that is not an email", async ({ request }) => {
  for (const feedPath of ["/feed.xml", "/authors/kate-dadamo/feed.xml", "/topics/sex-workers-rights-and-human-trafficking/feed.xml"]) {
    const xml = await (await request.get(feedPath)).text();
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { "@_xmlns:dc": string; channel: { item: Record<string, unknown> | Record<string, unknown>[] } } };
    expect(rss.rss["@_xmlns:dc"], feedPath).toBe("http://purl.org/dc/elements/1.1/");
    const items = ([] as Record<string, unknown>[]).concat(rss.rss.channel.item);
    expect(items.length, feedPath).toBeGreaterThan(0);
    for (const item of items) {
      expect(item["dc:creator"], feedPath).toBe("Kate D’Adamo");
      expect(item.author, feedPath).toBeUndefined();
    }
  }
});

test("the sitemap lists every public page, each answering 200, and robots.txt names it", async ({ request, baseURL }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const parsed = new XMLParser().parse(xml) as { urlset: { url: { loc: string; lastmod?: string }[] | { loc: string } } };
  const urls = ([] as { loc: string; lastmod?: string }[]).concat(parsed.urlset.url);
  expect(urls.map((url) => url.loc).sort()).toEqual(ROUTES.map((route) => `${baseURL}${route.path}`).sort());
  for (const url of urls) {
    // The page on leaving quickly is the site's code, not its content: no content date is its own.
    if (url.loc === `${baseURL}/leaving-quickly`) expect(url.lastmod, url.loc).toBeUndefined();
    else expect(url.lastmod, url.loc).toMatch(/^\d{4}-\d{2}-\d{2}/);
    const response = await request.get(url.loc);
    expect(response.status(), url.loc).toBe(200);
  }
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Allow: /");
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

async function jsonLd(page: import("@playwright/test").Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block) as Record<string, unknown>);
}

test("structured data describes each page", async ({ page, baseURL }) => {
  await page.goto(ESSAY);
  const [article, breadcrumbs] = await jsonLd(page);
  expect(article).toMatchObject({
    "@context": "https://schema.org",
    "@type": "Article",
    headline: "Can Anti-Trafficking Be Rescued?",
    description: expect.stringContaining("Kate D’Adamo asks"),
    datePublished: "2020-06-17",
    dateModified: "2020-06-17",
    author: [{ "@type": "Person", name: "Kate D’Adamo", url: `${baseURL}/authors/kate-dadamo` }],
    publisher: { "@type": "Organization", name: "Reframe Health and Justice", url: `${baseURL}/collective`, logo: { url: `${baseURL}/logo.png` } },
    mainEntityOfPage: { "@id": `${baseURL}${ESSAY}` },
    image: expect.stringMatching(new RegExp(`^${baseURL}/articles/can-anti-trafficking-be-rescued/opengraph-image`)),
  });
  expect(breadcrumbs["@type"]).toBe("BreadcrumbList");
  expect((await page.request.get(article.image as string)).status()).toBe(200);
  expect((await page.request.get(`${baseURL}/logo.png`)).headers()["content-type"]).toBe("image/png");

  await page.goto("/authors/kate-dadamo");
  const profile = (await jsonLd(page))[0];
  expect(profile).toMatchObject({ "@type": "ProfilePage", mainEntity: { "@type": "Person", name: "Kate D’Adamo" } });
  // Her file names no links of her own, and an empty sameAs would claim nothing.
  expect(profile.mainEntity).not.toHaveProperty("sameAs");
  await page.goto("/collective");
  expect((await jsonLd(page))[0]).toMatchObject({ "@type": "Organization", name: "Reframe Health and Justice", logo: { url: `${baseURL}/logo.png` } });
  await page.goto("/");
  expect((await jsonLd(page))[0]).toMatchObject({ "@type": "WebSite", name: "Reframe Health and Justice", url: `${baseURL}/` });
});

test("every route's HTML passes html-validate with no errors", async ({ request }) => {
  // With the recommended set's landmark rule too: two landmarks of one kind must have names that tell them apart.
  const validator = new HtmlValidate({ extends: ["html-validate:standard"], rules: { "unique-landmark": "error" } });
  for (const path of [...ALL_ROUTES.map((route) => route.path), "/articles/no-such-essay"]) {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html, path);
    const errors = report.results.flatMap((result) => result.messages.map((message) => `${path} ${message.ruleId}: ${message.message}`));
    expect(errors).toEqual([]);
  }
});
