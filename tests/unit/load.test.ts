import { toString } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { checkContent, loadSite } from "@/lib/content";
import { articlesByAuthor, articlesInTopic, findArticle } from "@/lib/content/queries";
import { contentWith } from "./fixture-content";

describe("loading valid content", () => {
  it("returns typed articles, newest first, without drafts", async () => {
    const site = await loadSite({ layout: contentWith() });
    expect(site.articles.map((article) => article.slug)).toEqual(["newer-essay", "older-essay", "care-without-cages"]);
    const newer = findArticle(site, "newer-essay")!;
    expect(newer).toMatchObject({
      title: "A Newer Essay",
      published: "2021-05-20",
      updated: "2021-06-01",
      authors: ["ada-writer", "ben-editor"],
      topics: ["health", "justice"],
      section: "Campaign and Advocacy",
      originalUrl: "https://example.org/newer-essay",
      contentNote: "Discusses policing.",
      draft: false,
      file: expect.stringMatching(/articles\/newer-essay\.mdx$/),
    });
    expect(newer.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it("includes drafts only when asked", async () => {
    const site = await loadSite({ layout: contentWith(), includeDrafts: true });
    expect(site.articles.map((article) => article.slug)).toContain("unfinished-draft");
    expect(findArticle(site, "unfinished-draft")?.draft).toBe(true);
  });

  it("derives the action-step outline from the body's headings", async () => {
    const site = await loadSite({ layout: contentWith() });
    const steps = findArticle(site, "newer-essay")!.actionSteps;
    expect(steps.map(({ number, title, id }) => ({ number, title, id }))).toEqual([
      { number: 1, title: "Do the first thing", id: "do-the-first-thing" },
      { number: 2, title: "Do the second thing", id: "do-the-second-thing" },
    ]);
    expect(toString(steps[0].details).trim()).toBe("Why it matters.");
    expect(steps[1].details.children.filter((child) => child.type === "element")).toEqual([]);
    expect(findArticle(site, "older-essay")!.actionSteps).toEqual([]);
  });

  it("loads authors with their bios, topics and the collective", async () => {
    const site = await loadSite({ layout: contentWith() });
    expect(site.authors.map((author) => [author.slug, author.name])).toEqual([
      ["ada-writer", "Ada Writer"],
      ["ben-editor", "Ben Editor"],
    ]);
    expect(site.authors[0].links).toEqual([{ label: "Website", url: "https://example.org/ada" }]);
    expect(site.topics.map((topic) => topic.slug)).toEqual(["health", "justice"]);
    expect(site.collective.name).toBe("Fixture Collective");
    expect(articlesByAuthor(site, "ben-editor").map((a) => a.slug)).toEqual(["newer-essay"]);
    expect(articlesInTopic(site, "health").map((a) => a.slug)).toEqual(["newer-essay", "older-essay"]);
  });

  it("counts the files it checked", async () => {
    const result = await checkContent({ layout: contentWith() });
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(4 + 2 + 2 + 1);
  });
});
