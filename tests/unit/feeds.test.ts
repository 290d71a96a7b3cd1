import { XMLParser } from "fast-xml-parser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadSite } from "@/lib/content";
import { rss2WithCreators } from "@/lib/feeds/feed-response";
import { buildFeed, siteFeedScope } from "@/lib/feeds/site-feed";
import { contentLayout } from "@/lib/content/layout";
import { FIXTURES } from "./fixture-content";
import path from "node:path";

interface RssItem {
  title: string;
  author?: string | string[];
  "dc:creator"?: string | string[];
}

async function fixtureRss() {
  const site = await loadSite({ layout: contentLayout(path.join(FIXTURES, "valid")) });
  const xml = rss2WithCreators(buildFeed(site, siteFeedScope(site)));
  const parsed = new XMLParser({ ignoreAttributes: false, cdataPropName: false }).parse(xml) as {
    rss: { "@_xmlns:dc"?: string; channel: { item: RssItem[] } };
  };
  return { xml, rss: parsed.rss };
}

const list = (value: string | string[] | undefined) => (value === undefined ? [] : ([] as string[]).concat(value));

describe("the RSS feed's authors", () => {
  it("names every author of every item with dc:creator, in the essay's order", async () => {
    const { rss } = await fixtureRss();
    const byTitle = Object.fromEntries(rss.channel.item.map((item) => [item.title, list(item["dc:creator"])]));
    expect(byTitle["A Newer Essay"]).toEqual(["Ada Writer", "Ben Editor"]);
    expect(byTitle["An Older Essay"]).toEqual(["Ada Writer"]);
  });

  it("declares the Dublin Core namespace", async () => {
    const { rss } = await fixtureRss();
    expect(rss["@_xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
  });

  it("writes no <author> that is not an email address, as RSS 2.0 requires", async () => {
    const { rss } = await fixtureRss();
    for (const item of rss.channel.item) {
      for (const author of list(item.author)) expect(author).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+/);
    }
    expect(rss.channel.item.flatMap((item) => list(item.author))).toEqual([]);
  });
});

describe("a feed that holds no essay yet", () => {
  afterEach(() => vi.useRealTimers());

  it("is the same in every build: no date of the build in it", async () => {
    const site = await loadSite({ layout: contentLayout(path.join(FIXTURES, "valid")) });
    const empty = { title: "A new topic", description: "Nothing yet.", pagePath: "/topics/new", feedBase: "/topics/new", articles: [] };
    // Two builds a day apart.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-01T10:00:00Z"));
    const first = rss2WithCreators(buildFeed(site, empty));
    vi.setSystemTime(new Date("2026-12-02T10:00:00Z"));
    expect(rss2WithCreators(buildFeed(site, empty))).toBe(first);
    expect(first).toContain("<lastBuildDate>Thu, 01 Jan 1970 00:00:00 GMT</lastBuildDate>");
  });
});
