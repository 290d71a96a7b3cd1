import { describe, expect, it } from "vitest";
import { type Article, type Site, adjacentArticles, findArticle, loadSite, moreOnTopics } from "@/lib/content";
import { contentWith } from "./fixture-content";

const site = await loadSite({ layout: contentWith() });
const siteWithDraft = await loadSite({ layout: contentWith(), includeDrafts: true });

const slugs = (articles: (Article | undefined)[]) => articles.map((article) => article?.slug);
const essay = (from: Site, slug: string) => findArticle(from, slug)!;

/** The fixture site with more essays in it, ordered newest first as the loader orders them. */
function siteWithMore(extra: { slug: string; published: string; topics: string[] }[]): Site {
  const template = essay(site, "older-essay");
  const articles = [...site.articles, ...extra.map((fields) => ({ ...template, ...fields, title: fields.slug }))];
  articles.sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
  return { ...site, articles };
}

describe("more on an essay's topics", () => {
  it("lists the other essays of each topic, leaving out topics with none", () => {
    const lists = moreOnTopics(site, essay(site, "newer-essay"));
    expect(lists.map((list) => [list.topic.slug, slugs(list.articles)])).toEqual([["health", ["older-essay"]]]);
    expect(moreOnTopics(site, essay(site, "older-essay")).map((list) => [list.topic.name, slugs(list.articles)])).toEqual([["Health", ["newer-essay"]]]);
  });

  it("lists at most three, newest first", () => {
    const more = siteWithMore([
      { slug: "health-2018", published: "2018-01-01", topics: ["health"] },
      { slug: "health-2020", published: "2020-01-01", topics: ["health"] },
      { slug: "health-2022", published: "2022-01-01", topics: ["health"] },
      { slug: "health-2023", published: "2023-01-01", topics: ["health"] },
    ]);
    const [health] = moreOnTopics(more, essay(more, "older-essay"));
    expect(slugs(health.articles)).toEqual(["health-2023", "health-2022", "newer-essay"]);
    expect(slugs(moreOnTopics(more, essay(more, "older-essay"), 5)[0].articles)).toEqual(["health-2023", "health-2022", "newer-essay", "health-2020", "health-2018"]);
  });

  it("does not list an essay twice when it shares two topics with this one", () => {
    const more = siteWithMore([
      { slug: "both-topics", published: "2022-01-01", topics: ["health", "justice"] },
      { slug: "justice-only", published: "2020-01-01", topics: ["justice"] },
    ]);
    const lists = moreOnTopics(more, essay(more, "newer-essay"));
    expect(lists.map((list) => [list.topic.slug, slugs(list.articles)])).toEqual([
      ["health", ["both-topics", "older-essay"]],
      ["justice", ["justice-only"]],
    ]);
  });

  it("lists nothing for an essay with no topics", () => {
    const more = siteWithMore([{ slug: "no-topics", published: "2020-01-01", topics: [] }]);
    expect(moreOnTopics(more, essay(more, "no-topics"))).toEqual([]);
  });

  it("never lists a draft in a production build, where drafts are not loaded", () => {
    expect(moreOnTopics(site, essay(site, "newer-essay")).flatMap((list) => slugs(list.articles))).not.toContain("unfinished-draft");
    // While editing, the draft is listed beside the others, as every list shows it then.
    expect(moreOnTopics(siteWithDraft, essay(siteWithDraft, "newer-essay")).map((list) => [list.topic.slug, slugs(list.articles)])).toEqual([
      ["health", ["older-essay"]],
      ["justice", ["unfinished-draft"]],
    ]);
  });
});

describe("the previous and next essays by date", () => {
  it("gives the older essay as previous and the newer as next, and nothing past either end", () => {
    expect(adjacentArticles(site, essay(site, "newer-essay"))).toEqual({ previous: essay(site, "older-essay"), next: undefined });
    expect(adjacentArticles(site, essay(site, "older-essay"))).toEqual({ previous: essay(site, "care-without-cages"), next: essay(site, "newer-essay") });
    // The imported fixture essay, from 2018, is the oldest.
    expect(adjacentArticles(site, essay(site, "care-without-cages"))).toEqual({ previous: undefined, next: essay(site, "older-essay") });
  });

  it("steps through essays in date order, whatever their topics", () => {
    const more = siteWithMore([
      { slug: "between", published: "2020-01-01", topics: [] },
      { slug: "newest", published: "2024-01-01", topics: ["justice"] },
    ]);
    const order = ["care-without-cages", "older-essay", "between", "newer-essay", "newest"];
    order.forEach((slug, index) => {
      const { previous, next } = adjacentArticles(more, essay(more, slug));
      expect([previous?.slug, next?.slug]).toEqual([order[index - 1], order[index + 1]]);
    });
  });

  it("has nothing either side of a lone essay", () => {
    const lone = { ...site, articles: [essay(site, "older-essay")] };
    expect(adjacentArticles(lone, essay(site, "older-essay"))).toEqual({ previous: undefined, next: undefined });
  });
});
