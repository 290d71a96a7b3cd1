import type { Element, ElementContent, Root, RootContent } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { classesOf, findAll, findFirst, h, hasClass, headingLevel, isElement, plainText, root, text } from "../hast";

/**
 * Translates the body of a Medium post, a list of "grafs" inside layout
 * sections, into the plain HTML every source hands on (see ../source.ts):
 * Medium's large and small headings become h2 and h3, each section after the
 * first opens with a divider, code blocks keep their exact text and the
 * language the author chose, link cards become a link, and the repeated title
 * and subtitle at the top are dropped.
 */

export interface GrafsResult {
  body: Root;
  /** Link cards turned into links. */
  linkCards: number;
}

export function mediumBody(bodySection: Element, heading: { title: string; subtitle?: string }): GrafsResult {
  const sections = findAll(bodySection, (node) => hasClass(node, "section--body"));
  const blocks: RootContent[] = [];
  let linkCards = 0;
  (sections.length > 0 ? sections : [bodySection]).forEach((section, position) => {
    if (position > 0) blocks.push(h("hr", {}, []));
    const inners = findAll(section, (node) => hasClass(node, "section-inner"));
    for (const container of inners.length > 0 ? inners : [section]) {
      for (const child of container.children) {
        if (!isElement(child) || hasClass(child, "section-divider") || hasClass(child, "section-content")) continue;
        blocks.push(child);
      }
    }
  });
  dropRepeatedHeading(blocks, heading);

  const translated: RootContent[] = [];
  for (const block of blocks) {
    if (!isElement(block)) continue;
    if (hasClass(block, "graf--mixtapeEmbed")) {
      linkCards++;
      translated.push(linkCard(block));
      continue;
    }
    translated.push(...translateGraf(block));
  }
  const body = root(translated);
  cleanInline(body);
  return { body, linkCards };
}

/**
 * The first grafs usually repeat the title (and the subtitle) as headings,
 * often after a lead image set full width above them, which stays. Only
 * Medium's own title and subtitle grafs, or a heading with the title's words,
 * are dropped: a first heading such as "Introduction" is the body's.
 */
function dropRepeatedHeading(blocks: RootContent[], heading: { title: string; subtitle?: string }) {
  const same = (a: string, b?: string) => b !== undefined && a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();
  let index = 0;
  while (index < blocks.length && index < 5) {
    const block = blocks[index];
    // A kicker (the publication's name above the title) stays, like a lead image and an empty line; the title after them still goes.
    if (isElement(block, "hr") || hasClass(block, "graf--kicker") || isEmptyParagraph(block) || (isElement(block, "figure") && !hasClass(block, "graf--iframe"))) {
      index++;
      continue;
    }
    const repeated =
      isElement(block) &&
      (hasClass(block, "graf--title") || hasClass(block, "graf--subtitle") ||
        (headingLevel(block) !== undefined && same(plainText(block), heading.title)));
    if (!repeated) break;
    blocks.splice(index, 1);
  }
}

/** An empty paragraph, as Medium's editor leaves when a post starts with a blank line. */
function isEmptyParagraph(block: RootContent): boolean {
  return isElement(block, "p") && plainText(block) === "" && !findFirst(block, (node) => node.tagName === "img");
}

function translateGraf(graf: Element): RootContent[] {
  const level = headingLevel(graf);
  if (level !== undefined) return [h(level <= 3 ? "h2" : "h3", {}, graf.children)];
  switch (graf.tagName) {
    case "p":
      return plainText(graf) === "" && !findFirst(graf, (node) => node.tagName === "img") ? [] : [h("p", {}, graf.children)];
    case "blockquote":
      // Pull quotes are the author's own words set large; a blockquote keeps them as a quote.
      return [h("blockquote", {}, [h("p", {}, graf.children)])];
    case "ol":
    case "ul":
      return [h(graf.tagName, graf.properties.start ? { start: graf.properties.start } : {}, graf.children.filter((child): child is Element => isElement(child)).map((item) => h("li", {}, item.children)))];
    case "pre":
      return [codeBlock(graf)];
    case "figure":
      return [figure(graf)];
    case "hr":
      return [h("hr", {}, [])];
    case "div":
    case "section":
      return graf.children.filter((child): child is Element => isElement(child)).flatMap((child) => (hasClass(child, "graf--mixtapeEmbed") ? [linkCard(child)] : translateGraf(child)));
    default:
      return [graf];
  }
}

/**
 * Older exports write a code block's lines joined by <br>; newer ones
 * (graf--preV2) wrap them in span.pre--content with highlighting spans and name
 * a language, which Medium guessed unless the author chose it (mode 2).
 */
function codeBlock(pre: Element): Element {
  const content = findFirst(pre, (node) => hasClass(node, "pre--content")) ?? pre;
  const chosen = pre.properties.dataCodeBlockMode === "2" || pre.properties.dataCodeBlockMode === 2;
  const language = chosen && typeof pre.properties.dataCodeBlockLang === "string" ? pre.properties.dataCodeBlockLang : undefined;
  const children = content.children.filter((child) => !(isElement(child) && hasClass(child, "codeBlockMenu-button")));
  return h("pre", {}, [h("code", language ? { className: [`language-${language}`] } : {}, children)]);
}

const MEDIUM_IMAGES = "https://cdn-images-1.medium.com/max/1024/";

function figure(graf: Element): Element {
  // Embeds (graf--iframe) keep their frame or script for the shared clean-up to turn into a link.
  if (hasClass(graf, "graf--iframe") || findFirst(graf, (node) => ["iframe", "script", "object", "embed"].includes(node.tagName))) return graf;
  const images = findAll(graf, (node) => node.tagName === "img").map((image) => {
    const id = typeof image.properties.dataImageId === "string" ? image.properties.dataImageId : undefined;
    const src = typeof image.properties.src === "string" && image.properties.src !== "" ? image.properties.src : id ? `${MEDIUM_IMAGES}${id}` : "";
    return h("img", { src, alt: typeof image.properties.alt === "string" ? image.properties.alt : "" }, []);
  });
  const caption = findFirst(graf, (node) => node.tagName === "figcaption");
  return h("figure", {}, [...images, ...(caption ? [h("figcaption", {}, caption.children)] : [])]);
}

/** A link card: a link with the title it showed, then its description as text. */
function linkCard(card: Element): Element {
  const anchors = findAll(card, (node) => node.tagName === "a" && typeof node.properties.href === "string");
  const anchor = anchors.find((node) => hasClass(node, "markup--mixtapeEmbed-anchor")) ?? anchors.find((node) => !hasClass(node, "js-mixtapeImage")) ?? anchors[0];
  const title = findFirst(card, (node) => node.tagName === "strong");
  const description = findFirst(card, (node) => node.tagName === "em");
  const href = anchor ? String(anchor.properties.href) : undefined;
  const words = (title && plainText(title)) || (anchor && plainText(anchor)) || href || "";
  const children: ElementContent[] = href ? [h("a", { href }, [text(words)])] : [text(words)];
  const more = description && plainText(description);
  if (more) children.push(text(` — ${more}`));
  return h("p", {}, children);
}

/**
 * The body as Medium showed it, for the fidelity figures: a copy of the
 * export's body section without the title and subtitle it repeats, with the
 * addresses links really lead to, and without a link card's site name (the
 * card's link carries it). Nothing else is translated, so the figures measure
 * this module's translation too.
 */
export function mediumOriginal(bodySection: Element, title: string): Root {
  const copy = structuredClone(bodySection);
  // A heading with the title's words repeats it only before the body begins: after lead images, a kicker, the title and subtitle grafs.
  const sameAsTitle = (node: Element) => headingLevel(node) !== undefined && plainText(node).toLowerCase() === title.replace(/\s+/g, " ").trim().toLowerCase();
  const repeats = new Set<Element>();
  for (const graf of findAll(copy, (node) => hasClass(node, "graf"))) {
    const isLeadImage = graf.tagName === "figure" && !hasClass(graf, "graf--iframe");
    if (isLeadImage || isEmptyParagraph(graf) || ["graf--title", "graf--subtitle", "graf--kicker"].some((name) => classesOf(graf).includes(name))) continue;
    if (!sameAsTitle(graf)) break;
    repeats.add(graf);
  }
  const drop = (node: Element) => hasClass(node, "graf--title") || hasClass(node, "graf--subtitle") || repeats.has(node);
  visit(copy, "element", (node, index, parent) => {
    if (parent && index !== undefined && drop(node)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (hasClass(node, "markup--mixtapeEmbed-anchor")) node.children = node.children.filter((child) => child.type !== "text");
    if (node.tagName === "a" && typeof node.properties.href === "string") node.properties.href = unwrapMediumRedirect(node.properties.href);
    return undefined;
  });
  return root(copy.children);
}

/** Medium sends outgoing links through a redirect; the essay links to where it leads. */
export function unwrapMediumRedirect(href: string): string {
  try {
    const url = new URL(href);
    if (/(^|\.)medium\.com$/.test(url.hostname) && url.pathname === "/r/" && url.searchParams.get("url")) return url.searchParams.get("url")!;
  } catch {
    return href;
  }
  return href;
}

/** Inline markup keeps only what the conversion reads: link addresses, image sources, code languages. */
function cleanInline(body: Root) {
  visit(body, "element", (node) => {
    const keep: Element["properties"] = {};
    if (node.tagName === "a" && typeof node.properties.href === "string") keep.href = unwrapMediumRedirect(node.properties.href);
    if (node.tagName === "img") Object.assign(keep, { src: node.properties.src, alt: node.properties.alt });
    if (node.tagName === "code" && classesOf(node).some((name) => name.startsWith("language-"))) keep.className = node.properties.className;
    if (node.tagName === "ol" && node.properties.start) keep.start = node.properties.start;
    // Handlers stay for the shared clean-up to drop and report.
    for (const [name, value] of Object.entries(node.properties)) if (/^on/i.test(name)) keep[name] = value;
    // Embeds keep what the shared clean-up reads to describe them.
    if (["iframe", "script", "object", "embed"].includes(node.tagName) || classesOf(node).some((name) => name.startsWith("twitter-") || name === "instagram-media")) return;
    node.properties = keep;
  });
}
