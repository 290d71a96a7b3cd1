import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { shareCardPng } from "@/components/ShareCard";
import { hasStoredCitations } from "@/lib/citation/citations";
import { type CslItem, essayCslItem } from "@/lib/citation/essay-item";
import { checkContent, publishedArticles } from "@/lib/content";
import { contentLayout } from "@/lib/content/layout";
import { articleShareCard, siteShareCard } from "@/lib/og/share-cards";
import { isShareCardDrawn } from "@/lib/og/share-image-cache";
import { citationAndImageJobs } from "../../scripts/warm-build-caches.mjs";
import { FIXTURES } from "./fixture-content";

const SITE_URL = "https://reframe.example";

function warm(contentDir: string, cacheDir: string, compileLog: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/warm-build-caches.mts"], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: contentDir, CONTENT_CACHE: "", CONTENT_CACHE_DIR: cacheDir, CONTENT_COMPILE_LOG: compileLog, SITE_URL, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The valid fixture and enough more essays (each its own body and title) to be worth threads. */
function archive(extraEssays: number): string {
  const root = mkdtempSync(path.join(tmpdir(), "rhj-archive-"));
  cpSync(`${FIXTURES}/valid`, root, { recursive: true });
  for (let n = 1; n <= extraEssays; n++) {
    const essay = `---\ntitle: Archived Essay ${n}\nsummary: One of many.\npublished: 2018-01-01\nauthors: [ada-writer]\ntopics: [health]\n---\n\nEssay number ${n}, with a note.[^1]\n\n[^1]: The note of essay ${n}.\n`;
    writeFileSync(path.join(root, "articles", `archived-essay-${n}.mdx`), essay);
  }
  return root;
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
    // 9 fixture files (3 published essays, 2 topics with the same empty body) and 92 more essays.
    const root = archive(92);
    const first = warm(root, cacheDir, compileLog);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Build caches: 101 of 101 content files compiled; citations of 95 essays and 96 share images made; [\d.]+ s\n$/);
    expect(compiled(compileLog)).toHaveLength(100);

    const again = warm(root, cacheDir, compileLog);
    expect(again.stdout).toBe("Build caches: 0 of 101 content files compiled; citations of 0 essays and 0 share images left to the build.\n");
    expect(compiled(compileLog)).toHaveLength(100);

    // The build's own lookups, with the same cache: nothing left to compile, format or draw.
    Object.assign(process.env, { CONTENT_CACHE: "", CONTENT_CACHE_DIR: cacheDir, CONTENT_COMPILE_LOG: compileLog, SITE_URL });
    const { site } = await checkContent({ layout: contentLayout(root) });
    expect(compiled(compileLog)).toHaveLength(100);
    const articles = publishedArticles(site!);
    expect(articles).toHaveLength(95);
    expect(articles.filter((article) => !hasStoredCitations(essayCslItem(site!, article)))).toEqual([]);
    const cards = [siteShareCard(site!), ...articles.map((article) => articleShareCard(site!, article))];
    expect(cards.filter((card) => !isShareCardDrawn(card))).toEqual([]);
    const png = await shareCardPng(cards[1]);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    // Two builds' worth of work in child processes: about 10 s here, more on a slow day.
  }, 90_000);

  it("leaves a small site to the build", () => {
    const result = warm(`${FIXTURES}/valid`, cacheDir, compileLog);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Build caches: 9 content files, few enough for the build to make its own.\n");
    expect(compiled(compileLog)).toEqual([]);
  });

  it("leaves a content problem for the build to report, and makes nothing from that content", () => {
    const root = archive(92);
    cpSync(path.join(FIXTURES, "problems", "bad-date.mdx"), path.join(root, "articles", "bad-date.mdx"));
    const result = warm(root, cacheDir, compileLog);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Build caches: 102 of 102 content files compiled; the content has a problem, which the build reports.\n");
  }, 60_000);

  it("does nothing when the build caches are off", () => {
    const result = warm(`${FIXTURES}/valid`, cacheDir, compileLog, { CONTENT_CACHE: "off" });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Build caches: off (CONTENT_CACHE=off), nothing to warm.\n");
    expect(compiled(compileLog)).toEqual([]);
  });
});

describe("sharing citations and share images out to threads", () => {
  const items = Array.from({ length: 1000 }, (_, n) => ({ id: `essay-${n}` }) as unknown as CslItem);
  const cards = Array.from({ length: 1001 }, (_, n) => ({ title: `Essay ${n}`, siteName: "Reframe Health and Justice" }));
  const made = (jobs: ReturnType<typeof citationAndImageJobs>) =>
    jobs.map((job) => (job.make === "citations and images" ? { items: job.items.length, cards: job.cards.length } : { items: 0, cards: 0 }));

  it("makes every citation and image once, the citations all on one thread, which alone builds citeproc's engines", () => {
    const jobs = citationAndImageJobs(items, cards, 2);
    const shares = made(jobs);
    expect(shares.filter((share) => share.items > 0)).toHaveLength(1);
    expect(shares.reduce((sum, share) => sum + share.items, 0)).toBe(1000);
    expect(shares.reduce((sum, share) => sum + share.cards, 0)).toBe(1001);
    const titles = jobs.flatMap((job) => (job.make === "citations and images" ? job.cards.map((card) => card.title) : []));
    expect(new Set(titles).size).toBe(1001);
  });

  it("gives the thread with the citations fewer images, so the threads finish together", () => {
    const [first, second] = made(citationAndImageJobs(items, cards, 2));
    expect(first.items).toBe(1000);
    expect(first.cards).toBeGreaterThan(0);
    expect(first.cards).toBeLessThan(second.cards);
  });

  it("splits images alone evenly, and leaves a thread nothing to do rather than an empty job", () => {
    expect(made(citationAndImageJobs([], cards, 2))).toEqual([
      { items: 0, cards: 501 },
      { items: 0, cards: 500 },
    ]);
    expect(made(citationAndImageJobs(items, [], 2))).toEqual([{ items: 1000, cards: 0 }]);
    expect(made(citationAndImageJobs(items, cards, 1))).toEqual([{ items: 1000, cards: 1001 }]);
  });
});
