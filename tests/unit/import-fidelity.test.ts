import type { Element, Nodes, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSite } from "@/lib/content";
import { FIXTURE, fixtureHtml, imageServer, importFixtures } from "./import-helpers";

/**
 * Fidelity: the text a reader sees on each imported essay is the text of its
 * Medium body, whitespace aside, and every link survives. The Medium side is
 * read here on its own, straight from the HTML, so the importer is not checked
 * against itself. What the import changes on purpose is undone on both sides:
 * the body's repeated title and subtitle, note markers and the notes heading
 * (footnotes now), the action-steps heading (the site's own now), a link card's
 * site name (its address is the link). Typography is compared loosely, because
 * the site may render straight quotes curly, -- as a dash and ... as an ellipsis.
 */

let server: Awaited<ReturnType<typeof imageServer>>;
beforeAll(async () => {
  server = await imageServer({ everyImageFound: true });
});
afterAll(() => server.close());

const parse = (html: string) => unified().use(rehypeParse).parse(html) as Root;

function elements(tree: Nodes, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "element" && test(node)) found.push(node);
    if ("children" in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

function remove(tree: Nodes, test: (node: Element) => boolean) {
  const walk = (node: Nodes) => {
    if (!("children" in node)) return;
    node.children = node.children.filter((child) => !(child.type === "element" && test(child))) as typeof node.children;
    node.children.forEach(walk);
  };
  walk(tree);
}

const NOTES_HEADING = /^(notes|footnotes)$/i;
const ACTION_HEADING = /^(what you can do|action steps)$/i;

function normalise(value: string): string {
  return value
    .replace(/\[\d+\]|\(\d+\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, "")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[—–]|--+/g, "-")
    .replace(/…/g, "...")
    .replace(/\s+/g, "");
}

function mediumText(html: string, { notesRecovered }: { notesRecovered: boolean }): { text: string; links: string[] } {
  const body = elements(parse(html), (node) => node.tagName === "section" && node.properties.dataField === "body")[0];
  // A gist embedded as its script shows code, not words; the essay links its page, named by its
  // caption or else by its owner and file (a caption that links elsewhere follows, after a dash).
  // No other script names anything a reader could open.
  for (const figure of elements(body, (node) => node.tagName === "figure")) {
    const caption = elements(figure, (node) => node.tagName === "figcaption")[0];
    const captioned = caption !== undefined && elements(caption, (node) => node.tagName === "a").length === 0;
    for (const script of elements(figure, (node) => node.tagName === "script")) {
      const gist = /^https:\/\/gist\.github\.com\/([\w-]+)\/([0-9a-f]+)\.js(?:\?file=(.+))?$/.exec(String(script.properties.src ?? ""));
      if (!gist) continue;
      const [, user, id, file] = gist;
      script.tagName = "a";
      script.properties = { href: `https://gist.github.com/${user}/${id}` };
      script.children = captioned ? [] : [{ type: "text", value: `Gist by ${user}${file ? `: ${file}` : ""}${caption ? " — " : ""}` }];
    }
  }
  remove(body, (node) => ["script", "style"].includes(node.tagName) || classes(node).some((name) => ["graf--title", "graf--subtitle", "js-mixtapeImage"].includes(name)));
  remove(body, (node) => /^h\d$/.test(node.tagName) && ACTION_HEADING.test(toString(node).trim()));
  if (notesRecovered) remove(body, (node) => /^(h\d|p)$/.test(node.tagName) && NOTES_HEADING.test(toString(node).trim()));
  remove(body, (node) => node.tagName === "sup");
  // A link card shows its site's name after its title and description; the essay's link carries it,
  // and a dash sets the description after the title.
  for (const anchor of elements(body, (node) => classes(node).includes("markup--mixtapeEmbed-anchor"))) {
    const [title, ...rest] = anchor.children.filter((child) => child.type === "element" && child.tagName !== "br");
    anchor.children = [title, { type: "text", value: " — " }, ...rest];
  }
  // An embedded frame shows its title; the essay's link says it in words.
  for (const frame of elements(body, (node) => node.tagName === "iframe")) {
    frame.children = [{ type: "text", value: String(frame.properties.title ?? "") }];
  }
  const links = elements(body, (node) => node.tagName === "a" || node.tagName === "iframe")
    .map((node) => String(node.properties.href ?? node.properties.src))
    .filter((href) => /^https?:/.test(href))
    .map((href) => (href.startsWith("https://medium.com/r/?url=") ? decodeURIComponent(href.slice("https://medium.com/r/?url=".length)) : href));
  return { text: toString(body), links: [...new Set(links)].sort() };
}

function renderedText(tree: Root): { text: string; links: string[] } {
  const copy = structuredClone(tree);
  remove(copy, (node) => node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined);
  remove(copy, (node) => node.properties.id === "footnote-label" || node.properties.id === "action-steps");
  const links = elements(copy, (node) => node.tagName === "a").map((node) => String(node.properties.href));
  return { text: toString(copy), links: [...new Set(links)].sort() };
}

describe("fidelity of imported essays to their Medium posts", () => {
  const names = Object.values(FIXTURE);
  it.each(names)("%s reads the same and keeps every link", async (name) => {
    const { layout, report } = await importFixtures([name], { imageOrigin: server.origin, includeDrafts: true });
    expect(report.posts[0].status).toBe("written");
    const site = await loadSite({ layout, includeDrafts: true });
    const slug = report.posts[0].file!.split("/").pop()!.replace(/\.mdx$/, "");
    const article = site.articles.find((item) => item.slug === slug)!;
    const medium = mediumText(fixtureHtml(name, server.origin), { notesRecovered: report.posts[0].notesRecovered > 0 });
    const rendered = renderedText(article.body);
    expect(normalise(rendered.text)).toBe(normalise(medium.text));
    expect(rendered.links).toEqual(medium.links);
  });
});
