import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import { loadSite } from "@/lib/content";
import { buildFeed, siteFeedScope } from "@/lib/feeds/site-feed";
import { absolutizeTree } from "@/lib/seo/absolute-tree";
import { buildSitemap } from "@/lib/seo/sitemap";
import { serializeJsonLd } from "@/lib/seo/structured-data";
import { contentWith } from "./fixture-content";

// Loaded as a development server would, with the draft, to prove the filters and not the loader.
const siteWithDraft = await loadSite({ layout: contentWith(), includeDrafts: true });

describe("what leaves the site never includes drafts", () => {
  it("the sitemap lists published pages with their last change", () => {
    const entries = buildSitemap(siteWithDraft);
    const urls = entries.map((entry) => entry.url);
    expect(urls).not.toContain("http://localhost:3000/articles/unfinished-draft");
    expect(urls).toContain("http://localhost:3000/articles/newer-essay");
    expect(entries.find((entry) => entry.url.endsWith("/articles/newer-essay"))?.lastModified).toBe("2021-06-01");
    // Ben's only published essay is the newer one; his draft does not move the date.
    expect(entries.find((entry) => entry.url.endsWith("/authors/ben-editor"))?.lastModified).toBe("2021-06-01");
    // The safety page is listed so that a search finds it, with no content date to call its own.
    expect(entries.filter((entry) => entry.url.endsWith("/leaving-quickly"))).toEqual([{ url: "http://localhost:3000/leaving-quickly" }]);
  });

  it("feeds carry published essays only", () => {
    const feed = JSON.parse(buildFeed(siteWithDraft, siteFeedScope(siteWithDraft)).json1()) as { items: { id: string }[] };
    expect(feed.items.map((item) => item.id)).toEqual([
      "http://localhost:3000/articles/newer-essay",
      "http://localhost:3000/articles/older-essay",
      "http://localhost:3000/articles/care-without-cages",
    ]);
  });
});

describe("feed HTML works away from the page", () => {
  it("makes fragment and root-relative links absolute and leaves others alone", () => {
    const tree: Root = {
      type: "root",
      children: [
        { type: "element", tagName: "a", properties: { href: "#fn-1" }, children: [] },
        { type: "element", tagName: "a", properties: { href: "/authors/x" }, children: [] },
        { type: "element", tagName: "a", properties: { href: "https://example.org/" }, children: [] },
        { type: "element", tagName: "img", properties: { src: "/images/a.png" }, children: [] },
      ],
    };
    const result = absolutizeTree(tree, "https://site.example/articles/a", "https://site.example");
    expect(result.children.map((node) => (node.type === "element" ? node.properties.href ?? node.properties.src : null))).toEqual([
      "https://site.example/articles/a#fn-1",
      "https://site.example/authors/x",
      "https://example.org/",
      "https://site.example/images/a.png",
    ]);
    expect((tree.children[0] as { properties: { href: string } }).properties.href).toBe("#fn-1");
  });
});

describe("structured data is serialised safely", () => {
  it("no value can close the script element", () => {
    const json = serializeJsonLd({ headline: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});
