import path from "node:path";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { findArticle, findAuthor, findTopic, loadSite } from "@/lib/content";
import { contentLayout } from "@/lib/content/layout";
import { compileBody } from "@/lib/content/mdx";
import { typeset } from "@/lib/content/typography";
import { buildFeed, siteFeedScope } from "@/lib/feeds/site-feed";
import { articleStructuredData, authorStructuredData } from "@/lib/seo/structured-data";
import { FIXTURES } from "./fixture-content";

// A site typed on a typewriter: straight quotes, -- and ... in every field and in the body.
const site = await loadSite({ layout: contentLayout(path.join(FIXTURES, "typography")) });
const essay = findArticle(site, "straight-quotes")!;
const html = toHtml(essay.body);

describe("frontmatter text is set in true typography once, for every consumer", () => {
  it("titles, summaries, names, descriptions and labels get curly quotes, dashes and ellipses", () => {
    expect(essay.title).toBe("“Don’t Wait” – A Title in Quotes");
    expect(essay.sentenceCaseTitle).toBe("“Don’t wait” – a title in quotes");
    expect(essay.summary).toBe("She said “it’s done” — and left…");
    expect(essay.section).toBe("Rosa’s Corner");
    expect(essay.contentNote).toBe("Mentions “policing” – briefly.");
    const author = findAuthor(site, "rosa-o-neill")!;
    expect(author.name).toBe("Rosa O’Neill");
    expect(author.description).toBe("Rosa’s essays are typed on a typewriter…");
    expect(author.links).toEqual([{ label: "Rosa’s “home” page", url: "https://example.org/rosa's--page" }]);
    expect(findTopic(site, "workers-rights")).toMatchObject({ name: "Workers’ Rights", description: "Essays on workers’ rights, 1990–2020." });
    expect(site.collective).toMatchObject({ name: "The “Plain” Collective", description: "A collective that types straight quotes – and trusts the site to set them." });
  });

  it("slugs, references and dates stay exactly as written", () => {
    expect(essay).toMatchObject({ slug: "straight-quotes", authors: ["rosa-o-neill"], topics: ["workers-rights"], published: "2021-02-03" });
  });

  it("the feed and the structured data carry the typeset text", () => {
    const rss = buildFeed(site, siteFeedScope(site)).rss2();
    expect(rss).toContain("“Don’t Wait” – A Title in Quotes");
    expect(rss).toContain("She said “it’s done” — and left…");
    expect(rss).toContain("She said “it’s <em>done</em>” – and ‘left’…");
    const [article] = articleStructuredData(site, essay) as unknown as [{ headline: string; description: string; author: { name: string }[] }];
    expect(article.headline).toBe("“Don’t Wait” – A Title in Quotes");
    expect(article.description).toBe("She said “it’s done” — and left…");
    expect(article.author.map((person) => person.name)).toEqual(["Rosa O’Neill"]);
    expect(authorStructuredData(findAuthor(site, "rosa-o-neill")!).mainEntity).toMatchObject({ name: "Rosa O’Neill" });
  });
});

describe("bodies are set in true typography by remark-smartypants", () => {
  it("quotes, apostrophes, dashes and ellipses in text, emphasis, headings and footnotes", () => {
    const text = toString(essay.body);
    expect(text).toContain("She said “it’s done” – and ‘left’… The years 1990–2020 were long—very long.");
    expect(text).toContain("Don’t “Wait”…");
    expect(text).toContain("A note’s “text” – here.");
    expect(text).toContain("A link with “quotes” keeps its address");
  });

  it("never inside code, link addresses, bare URLs or attributes", () => {
    expect(html).toContain(`<code>don't "x" --y...</code>`);
    expect(html).toContain(`const quote = "it's" -- 'here'...`);
    expect(html).toContain(`href="https://example.org/a--b?q=it&#x27;s"`);
    // The sentence's own ellipsis after the address is text, and is set.
    expect(html).toContain(`href="https://example.org/it&#x27;s--here">https://example.org/it's--here</a>…`);
    expect(html).toContain(`title="don&#x27;t -- touch"`);
  });

  it("keeps heading ids as they were: the slug drops quotes and ellipses either way", async () => {
    expect(html).toContain(`<h2 id="dont-wait">`);
    const straight = await compileBody(`## Don't "Wait"...`, "straight.mdx");
    expect(straight.ok && toHtml(straight.tree)).toContain(`id="dont-wait"`);
  });

  it("frontmatter and bodies are set by the same rules", async () => {
    const line = `She said "it's done" -- and 'left'... 1990--2020---more`;
    const compiled = await compileBody(line, "line.mdx");
    expect(compiled.ok && toString(compiled.tree).trim()).toBe(typeset(line));
    expect(typeset(line)).toBe("She said “it’s done” – and ‘left’… 1990–2020—more");
  });
});
