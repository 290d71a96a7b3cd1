import { describe, expect, it } from "vitest";
import { adjacentArticles, articlesByAuthor, articlesInTopic, findArticle, findAuthor, findTopic, loadSite } from "@/lib/content";
import { contentWith } from "./fixture-content";

const site = await loadSite({ layout: contentWith() });
const slugs = (articles: { slug: string }[]) => articles.map((article) => article.slug);

describe("looking up a loaded site", () => {
  it("finds essays, authors and topics by slug, and nothing for a slug no file has", () => {
    expect(findArticle(site, "older-essay")?.slug).toBe("older-essay");
    expect(findAuthor(site, site.authors[0].slug)).toBe(site.authors[0]);
    expect(findTopic(site, "health")?.name).toBe("Health");
    expect(findArticle(site, "no-such-essay")).toBeUndefined();
    expect(findAuthor(site, "no-such-author")).toBeUndefined();
    expect(findTopic(site, "no-such-topic")).toBeUndefined();
  });

  it("lists a topic's and an author's essays newest first, and nothing for an unknown one", () => {
    expect(slugs(articlesInTopic(site, "health"))).toEqual(slugs(site.articles.filter((article) => article.topics.includes("health"))));
    const author = site.authors[0].slug;
    expect(slugs(articlesByAuthor(site, author))).toEqual(slugs(site.articles.filter((article) => article.authors.includes(author))));
    expect(articlesInTopic(site, "no-such-topic")).toEqual([]);
  });

  it("hands each caller its own list, so one page reordering it changes no other page", () => {
    const first = articlesInTopic(site, "health");
    first.reverse().pop();
    expect(slugs(articlesInTopic(site, "health"))).toEqual(slugs(site.articles.filter((article) => article.topics.includes("health"))));
  });

  it("answers for a site made after another one, not from the earlier site's lookups", () => {
    const renamed = { ...site, articles: site.articles.map((article) => (article.slug === "older-essay" ? { ...article, slug: "renamed-essay" } : article)) };
    expect(findArticle(site, "renamed-essay")).toBeUndefined();
    expect(findArticle(renamed, "renamed-essay")?.slug).toBe("renamed-essay");
    expect(findArticle(renamed, "older-essay")).toBeUndefined();
  });

  it("answers with the first of two essays that claim one slug, as the editing preview lists them", () => {
    const [newest, ...rest] = site.articles;
    const twin = { ...rest[0], slug: newest.slug, title: "A second file with the same slug" };
    const clashing = { ...site, articles: [newest, twin, ...rest] };
    expect(findArticle(clashing, newest.slug)).toBe(newest);
    expect(adjacentArticles(clashing, newest)).toEqual({ previous: twin, next: undefined });
  });
});
