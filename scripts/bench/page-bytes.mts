/**
 * What a page makes a reader download before it is done: the document and
 * every script the browser fetches for it (those the page adds after its first
 * paint included), each body gzipped at level 9, as a server or CDN would send
 * it. Loaded in a real browser, because the site's pages add their scripts
 * from an inline loader that no scan of the HTML sees. Bytes do not move with
 * the machine's load, so these figures hold in any run.
 */
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";

export interface Body {
  url: string;
  raw: number;
  gzip: number;
}
export interface PageBytes {
  document: Body;
  scripts: Body[];
  /** Document and scripts together, gzipped. */
  gzip: number;
}

const measure = (url: string, body: Buffer): Body => ({ url, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });

export async function pageBytes(browser: Browser, url: string): Promise<PageBytes> {
  const page = await browser.newPage();
  try {
    const scripts = new Map<string, Promise<Body>>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script" && !scripts.has(response.url())) scripts.set(response.url(), response.body().then((body) => measure(response.url(), body)));
    });
    const response = await page.goto(url, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    // The site's pages fetch their scripts once the browser reports the first paint, which on a busy
    // machine can come later than the network falls quiet; the bare page's runtime fetches more as it starts.
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { timeout: 10_000 });
    await page.waitForFunction(
      () => [...document.scripts].filter((script) => script.src && !script.noModule).every((script) => performance.getEntriesByName(script.src).some((entry) => (entry as PerformanceResourceTiming).responseEnd > 0)),
      undefined,
      { timeout: 10_000 },
    );
    await page.waitForLoadState("networkidle");
    const documentBytes = measure(url, await response.body());
    const bodies = await Promise.all(scripts.values());
    return { document: documentBytes, scripts: bodies, gzip: documentBytes.gzip + bodies.reduce((sum, body) => sum + body.gzip, 0) };
  } finally {
    await page.close();
  }
}
