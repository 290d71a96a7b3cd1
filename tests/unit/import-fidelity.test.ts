import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Element, Nodes, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSite } from "@/lib/content";
import { readMediumPost } from "@/lib/import/medium/post";
import type { PostReport } from "@/lib/import/report";
import { importPosts } from "@/lib/import/run";
import type { SourcePost } from "@/lib/import/source";
import { withoutTrackingParams } from "@/lib/import/tracking-params";
import { FIXTURE, FIXTURE_IMAGE_HOST, fixtureHtml, imageServer, importFixtures, MEDIUM_FIXTURES, tempSite } from "./import-helpers";

/**
 * Fidelity: the text a reader sees on each imported essay is the text of its
 * Medium body, whitespace aside, every link survives, and its headings, list
 * items, quotes and code blocks are all there. The Medium side is read here on
 * its own, straight from the HTML, so the importer is not checked against
 * itself. What the import changes on purpose is undone on both sides: the
 * body's repeated title and subtitle, note markers and the notes heading
 * (footnotes now, which the site lists at the end), the action-steps heading
 * (the site's own now), a link card's site name (its address is the link), an
 * embed's frame (a link named by its title). Typography is compared loosely,
 * because the site may render straight quotes curly, -- as a dash and ... as
 * an ellipsis; tracking parameters are compared without, as the import drops
 * them. Every real export kept as a fixture (tests/fixtures/medium/real/, see
 * SOURCES.md there) goes through the same test, and through the importer's
 * own fidelity figures, which must find nothing lost.
 */

let server: Awaited<ReturnType<typeof imageServer>>;
beforeAll(async () => {
  server = await imageServer({ everyImageFound: true });
});
afterAll(() => server.close());

const REAL = path.join(MEDIUM_FIXTURES, "real");
/** Real exports name their images on Medium's image host; the tests serve every one. */
const MEDIUM_IMAGE_HOST = "https://cdn-images-1.medium.com/";

const parse = (html: string) => unified().use(rehypeParse).parse(html) as Root;

function elements(tree: Nodes, test: (node: Element, ancestors: Element[]) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Nodes, ancestors: Element[]) => {
    if (node.type === "element" && test(node, ancestors)) found.push(node);
    if ("children" in node) node.children.forEach((child) => walk(child, node.type === "element" ? [...ancestors, node] : ancestors));
  };
  walk(tree, []);
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

const NOTES_HEADING = /^(notes|footnotes|endnotes)$/i;
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

const sorted = (value: string) => [...value].sort().join("");

interface Reading {
  text: string;
  /** Each paragraph, heading, item, quote, caption and code block, normalised. */
  blocks: string[];
  links: string[];
  structure: { headings: number; listItems: number; quotes: number; codeBlocks: number };
}

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre"]);

function blocksOf(tree: Nodes): string[] {
  return elements(tree, (node) => BLOCKS.has(node.tagName) && elements(node, (inner) => inner !== node && BLOCKS.has(inner.tagName)).length === 0)
    .map((node) => normalise(toString(node)))
    .filter(Boolean);
}

/** Where a link leads, spelt one way: past Medium's redirect, without tracking parameters, percent-encoded as a browser would. */
const linkAddress = (href: string) => new URL(withoutTrackingParams(href.startsWith("https://medium.com/r/?url=") ? decodeURIComponent(href.slice("https://medium.com/r/?url=".length)) : href)).href;

function mediumReading(html: string, { notesRecovered, actionSteps }: { notesRecovered: boolean; actionSteps: boolean }): Reading {
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
  if (actionSteps) remove(body, (node) => /^h\d$/.test(node.tagName) && ACTION_HEADING.test(toString(node).trim()));
  if (notesRecovered) remove(body, (node) => /^(h\d|p)$/.test(node.tagName) && NOTES_HEADING.test(toString(node).trim()));
  remove(body, (node) => node.tagName === "sup");
  // A link card shows its site's name after its title and description; the essay's link carries it,
  // and a dash sets the description after the title.
  for (const anchor of elements(body, (node) => classes(node).includes("markup--mixtapeEmbed-anchor"))) {
    const [title, ...rest] = anchor.children.filter((child) => child.type === "element" && child.tagName !== "br");
    anchor.children = [title, ...(rest.length > 0 ? [{ type: "text" as const, value: " — " }, ...rest] : [])];
  }
  // An embedded frame becomes a link named by the figure's caption, else by the frame's title, else by the site it comes from.
  for (const figure of elements(body, (node) => node.tagName === "figure")) {
    const caption = elements(figure, (node) => node.tagName === "figcaption")[0];
    const captionNames = caption !== undefined && toString(caption).trim() !== "" && elements(caption, (node) => node.tagName === "a").length === 0;
    for (const frame of elements(figure, (node) => node.tagName === "iframe")) {
      const src = String(frame.properties.src ?? "");
      const title = String(frame.properties.title ?? "").trim();
      const named = title || `Embedded content from ${new URL(src.startsWith("//") ? `https:${src}` : src).host}`;
      // A caption that links elsewhere cannot name the link, so it follows it after a dash.
      frame.children = [{ type: "text", value: captionNames ? "" : caption && toString(caption).trim() !== "" ? `${named} — ` : named }];
    }
  }
  const links = elements(body, (node) => node.tagName === "a" || node.tagName === "iframe")
    .map((node) => String(node.properties.href ?? node.properties.src))
    .filter((href) => /^https?:/.test(href))
    .map(linkAddress);
  const inEmbed = (ancestors: Element[]) => ancestors.some((ancestor) => ancestor.tagName === "figure");
  return {
    text: toString(body),
    blocks: blocksOf(body),
    links: [...new Set(links)].sort(),
    structure: {
      headings: elements(body, (node) => /^h\d$/.test(node.tagName)).length,
      listItems: elements(body, (node) => node.tagName === "li").length,
      quotes: elements(body, (node, ancestors) => node.tagName === "blockquote" && !inEmbed(ancestors)).length,
      codeBlocks: elements(body, (node) => node.tagName === "pre").length,
    },
  };
}

function renderedReading(tree: Root): Reading {
  const copy = structuredClone(tree);
  remove(copy, (node) => node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined);
  remove(copy, (node) => node.properties.id === "footnote-label" || node.properties.id === "action-steps");
  const links = elements(copy, (node) => node.tagName === "a").map((node) => new URL(String(node.properties.href)).href);
  const inFootnotes = (ancestors: Element[]) => ancestors.some((ancestor) => ancestor.properties.dataFootnotes !== undefined);
  return {
    text: toString(copy),
    blocks: [],
    links: [...new Set(links)].sort(),
    structure: {
      headings: elements(copy, (node) => /^h\d$/.test(node.tagName)).length,
      listItems: elements(copy, (node, ancestors) => node.tagName === "li" && !inFootnotes(ancestors) && !classes(node).includes("action-step")).length,
      quotes: elements(copy, (node) => node.tagName === "blockquote").length,
      codeBlocks: elements(copy, (node) => node.tagName === "pre").length,
    },
  };
}

/** Notes written as list items under a notes heading are footnotes now, which the site lists itself. */
function notesAsListItems(html: string, report: PostReport): number {
  if (report.notesRecovered === 0) return 0;
  const flow = elements(parse(html), (node) => /^h\d$/.test(node.tagName) || node.tagName === "li" || (node.tagName === "p" && NOTES_HEADING.test(toString(node).trim())));
  const heading = flow.findIndex((node) => node.tagName !== "li" && NOTES_HEADING.test(toString(node).trim()));
  return heading < 0 ? 0 : flow.slice(heading + 1).filter((node) => node.tagName === "li").length;
}

async function expectFaithful(html: string, report: PostReport, article: { body: Root }) {
  const medium = mediumReading(html, { notesRecovered: report.notesRecovered > 0, actionSteps: report.actionSteps.length > 0 });
  const rendered = renderedReading(article.body);
  const renderedText = normalise(rendered.text);
  // Every block reads as it did, and nothing is added or lost between them: the notes may only move to the end.
  for (const block of medium.blocks) expect(renderedText).toContain(block);
  expect(sorted(renderedText)).toBe(sorted(normalise(medium.text)));
  expect(rendered.links).toEqual(medium.links);
  expect(rendered.structure).toEqual({ ...medium.structure, listItems: medium.structure.listItems - notesAsListItems(html, report) });
}

describe("fidelity of imported essays to their Medium posts", () => {
  const names = Object.values(FIXTURE);
  it.each(names)("%s reads the same, keeps every link and its structure", async (name) => {
    const { layout, report } = await importFixtures([name], { imageOrigin: server.origin, includeDrafts: true });
    const post = report.posts[0];
    expect(post.status).toBe("written");
    const site = await loadSite({ layout, includeDrafts: true });
    const slug = post.file!.split("/").pop()!.replace(/\.mdx$/, "");
    await expectFaithful(fixtureHtml(name, server.origin), post, site.articles.find((item) => item.slug === slug)!);
  });
});

const realExports = readdirSync(REAL, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
/** Each export's posts in groups of ten, one test a group: an import and a site load each, not one for the whole archive. */
const GROUP = 10;
const realGroups = realExports.flatMap((folder) => {
  const files = readdirSync(path.join(REAL, folder)).filter((name) => name.endsWith(".html")).sort();
  return Array.from({ length: Math.ceil(files.length / GROUP) }, (_, index) => ({
    folder,
    files: files.slice(index * GROUP, (index + 1) * GROUP),
    name: `${folder} ${index * GROUP + 1}–${Math.min(files.length, (index + 1) * GROUP)} of ${files.length}`,
  }));
});

describe("fidelity on real Medium exports (tests/fixtures/medium/real)", () => {
  it("keeps at least 30 posts from several repositories", () => {
    const posts = realExports.flatMap((folder) => readdirSync(path.join(REAL, folder)).filter((name) => name.endsWith(".html")));
    expect(posts.length).toBeGreaterThanOrEqual(30);
  });

  it.each(realGroups)("posts $name read the same, keep every link and their structure, and the report finds nothing lost", async ({ folder, files }) => {
    const htmlOf = new Map(files.map((name) => [name, readFileSync(path.join(REAL, folder, name), "utf8").replaceAll(MEDIUM_IMAGE_HOST, server.origin).replaceAll(FIXTURE_IMAGE_HOST, server.origin)]));
    const posts: SourcePost[] = [];
    for (const [name, html] of htmlOf) {
      const post = readMediumPost(html, `posts/${name}`);
      if (!("reason" in post)) posts.push(post);
    }
    const layout = tempSite();
    const report = await importPosts({ posts, skipped: [], notes: [] }, { layout, includeDrafts: true, author: "ada-writer", images: { limits: { timeoutMs: 5_000, maxBytes: 1024 * 1024 } } });
    const site = await loadSite({ layout, includeDrafts: true });
    expect(report.check?.ok).toBe(true);
    for (const post of report.posts) {
      expect.soft(post.status, post.source).toBe("written");
      if (post.status !== "written") continue;
      expect.soft(post.fidelity?.losses, post.source).toEqual([]);
      const slug = post.file!.split("/").pop()!.replace(/\.mdx$/, "");
      await expectFaithful(htmlOf.get(post.source.replace(/^posts\//, ""))!, post, site.articles.find((item) => item.slug === slug)!);
    }
  });
});
