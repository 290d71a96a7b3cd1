import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isShareCardDrawn, shareCardPng } from "@/components/ShareCard";
import { hasStoredCitations } from "@/lib/citation/citations";
import { essayCslItem } from "@/lib/citation/essay-item";
import { checkContent, publishedArticles } from "@/lib/content";
import { contentLayout } from "@/lib/content/layout";
import { articleShareCard, siteShareCard } from "@/lib/og/share-cards";
import { contentWith, FIXTURES } from "./fixture-content";

const SITE_URL = "https://reframe.example";

function warm(contentDir: string, cacheDir: string, compileLog: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/warm-build-caches.mts"], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: contentDir, CONTENT_CACHE: "", CONTENT_CACHE_DIR: cacheDir, CONTENT_COMPILE_LOG: compileLog, SITE_URL, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const compiled = (log: string) => {
  try {
    return readFileSync(log, "utf8").trim().split("\n").filter(Boolean);
  } catch {
    return [];
  }
};

describe("npm run build's first step: warming the build caches", () => {
  let cacheDir: string;
  let compileLog: string;
  const saved = { ...process.env };
  beforeEach(() => {
    cacheDir = mkdtempSync(path.join(tmpdir(), "rhj-build-cache-"));
    compileLog = path.join(cacheDir, "compiles.log");
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it("makes every tree, citation and share image the build asks for, once", async () => {
    const first = warm(`${FIXTURES}/valid`, cacheDir, compileLog);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Build caches: 9 of 9 content files compiled; citations of 3 essays and 4 share images made; [\d.]+ s\n$/);
    // Files with the same body share one tree (the fixture's two topics have none).
    const compiles = compiled(compileLog).length;
    expect(compiles).toBe(8);

    const again = warm(`${FIXTURES}/valid`, cacheDir, compileLog);
    expect(again.stdout).toMatch(/^Build caches: 0 of 9 content files compiled; citations of 0 essays and 0 share images made/);
    expect(compiled(compileLog)).toHaveLength(compiles);

    // The build's own lookups, with the same cache: nothing left to compile, format or draw.
    Object.assign(process.env, { CONTENT_CACHE: "", CONTENT_CACHE_DIR: cacheDir, CONTENT_COMPILE_LOG: compileLog, SITE_URL });
    const { site } = await checkContent({ layout: contentLayout(`${FIXTURES}/valid`) });
    expect(compiled(compileLog)).toHaveLength(compiles);
    const articles = publishedArticles(site!);
    expect(articles.map((article) => hasStoredCitations(essayCslItem(site!, article)))).toEqual(articles.map(() => true));
    const cards = [siteShareCard(site!), ...articles.map((article) => articleShareCard(site!, article))];
    expect(cards.map(isShareCardDrawn)).toEqual(cards.map(() => true));
    const png = await shareCardPng(cards[1]);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("leaves a content problem for the build to report, and makes nothing from that content", () => {
    const layout = contentWith("bad-date.mdx");
    const result = warm(layout.root, cacheDir, compileLog);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Build caches: the content has a problem, which the build reports.\n");
  });

  it("does nothing when the build caches are off", () => {
    const result = warm(`${FIXTURES}/valid`, cacheDir, compileLog, { CONTENT_CACHE: "off" });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Build caches: off (CONTENT_CACHE=off), nothing to warm.\n");
    expect(compiled(compileLog)).toEqual([]);
  });
});
