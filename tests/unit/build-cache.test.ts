import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildCacheDir, buildCacheKey, readBuildCache, writeBuildCache } from "@/lib/build-cache";
import { formatCitations } from "@/lib/citation/citations";
import { essayCslItem } from "@/lib/citation/essay-item";
import { findArticle, loadSite } from "@/lib/content";
import { contentLayout } from "@/lib/content/layout";

const saved = { cache: process.env.CONTENT_CACHE, dir: process.env.CONTENT_CACHE_DIR };
afterEach(() => {
  process.env.CONTENT_CACHE = saved.cache;
  if (saved.dir === undefined) delete process.env.CONTENT_CACHE_DIR;
  else process.env.CONTENT_CACHE_DIR = saved.dir;
});

/** Turns the build caches on, in a folder of their own. */
function cachesIn(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "build-cache-"));
  process.env.CONTENT_CACHE = "on";
  process.env.CONTENT_CACHE_DIR = dir;
  return dir;
}

describe("the build cache", () => {
  it("gives back what a build stored, under a key made of the input and the code", () => {
    cachesIn();
    const dir = buildCacheDir("example");
    const key = buildCacheKey(["package.json"], "input one");
    writeBuildCache(dir, key, "stored");
    expect(readBuildCache(dir, key)?.toString()).toBe("stored");
    expect(buildCacheKey(["package.json"], "input two")).not.toBe(key);
    expect(readBuildCache(dir, buildCacheKey(["package.json"], "input two"))).toBeUndefined();
  });

  it("is off when CONTENT_CACHE is off, as in the tests and the development server", () => {
    process.env.CONTENT_CACHE = "off";
    expect(buildCacheDir("example")).toBeUndefined();
    expect(readBuildCache(buildCacheDir("example"), "anything")).toBeUndefined();
  });

  it("keeps an essay's citations, so the next build does not run citeproc for it again", async () => {
    const site = await loadSite({ layout: contentLayout("content") });
    const item = essayCslItem(site, findArticle(site, "can-anti-trafficking-be-rescued")!);
    const dir = cachesIn();
    // A title no other test formats, so the entry is written by this call.
    const citations = formatCitations({ ...item, title: "A title only this test cites" });
    const entries = readdirSync(path.join(dir, "reframe-citations"));
    expect(entries).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(dir, "reframe-citations", entries[0]), "utf8"))).toEqual(JSON.parse(JSON.stringify(citations)));
    expect(citations[0].forms[0].text).toContain("A title only this test cites");
  });
});
