import type { Element, ElementContent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { isAllowedUrl, urlScheme } from "../content/mdx-allowlist";
import { pageOfEmbedScript } from "./embed-scripts";
import { findAll, findFirst, h, hasClass, plainText, text, visibleText } from "./hast";
import type { ImportLog } from "./log";
import { withoutTrackingParams } from "./tracking-params";

/**
 * Clean-up plugins every source shares. A platform's export is HTML from the
 * internet: what could run code or load something from another origin is
 * dropped and named in the report, and what showed another site's content (a
 * video, a tweet) becomes a plain link to it.
 */

interface Options {
  log: ImportLog;
}

/** Elements whose whole purpose is to run, load or submit something. */
const EXECUTABLE = new Set([
  "script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
  "select", "textarea", "template", "svg", "math", "link", "meta", "base", "canvas", "video", "audio", "source", "track",
]);

const EMBEDDING = new Set(["iframe", "script", "object", "embed", "video", "audio"]);
/** Elements that show another site's content even outside a figure. */
const FRAMES = new Set(["iframe", "object", "embed", "video", "audio"]);

/** Tweets and posts that other sites embed as a quote plus a script. */
const EMBED_CLASSES = ["twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed"];

function isEmbed(node: Element): boolean {
  return findFirst(node, (child) => EMBEDDING.has(child.tagName) || EMBED_CLASSES.some((name) => hasClass(child, name))) !== undefined;
}

/** An address a reader can follow, or undefined: protocol-relative addresses get https. */
function followable(address: unknown): string | undefined {
  if (typeof address !== "string" || address.trim() === "") return undefined;
  const absolute = address.trim().startsWith("//") ? `https:${address.trim()}` : address.trim();
  const scheme = urlScheme(absolute);
  return scheme === "https" || scheme === "http" ? withoutTrackingParams(absolute) : undefined;
}

function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

/**
 * What an embed showed and where: its frame's address, else the page a known
 * script draws (a gist), else the status link a tweet quotes (a tweet's own
 * script, platform.twitter.com's widgets.js, names no tweet). A caption names
 * the link, unless it links somewhere else, which a link cannot hold: then it
 * is kept beside the link.
 */
function describeEmbed(node: Element): { address?: string; title: string; captionBeside?: Element } {
  const frameAddress = (frame: Element) => followable(frame.properties.src ?? frame.properties.dataSrc ?? frame.properties.data);
  const frame = findFirst(node, (child) => FRAMES.has(child.tagName) && frameAddress(child) !== undefined);
  const scriptPage = findAll(node, (child) => child.tagName === "script").map((script) => pageOfEmbedScript(script.properties.src)).find(Boolean);
  const links = findAll(node, (child) => child.tagName === "a" && followable(child.properties.href) !== undefined);
  const statusLink = links.find((link) => /\/status(es)?\/\d+/.test(String(link.properties.href))) ?? links.at(-1);
  const address = frame ? frameAddress(frame) : (scriptPage?.address ?? followable(statusLink?.properties.href));
  const caption = findFirst(node, (child) => child.tagName === "figcaption");
  const leadsElsewhere = (child: Element) => child.tagName === "a" && ![undefined, address].includes(followable(child.properties.href));
  const captionBeside = caption && plainText(caption) && findFirst(caption, leadsElsewhere) ? caption : undefined;
  const quoted = findFirst(node, (child) => child.tagName === "blockquote");
  const title =
    (!captionBeside && caption && plainText(caption)) ||
    (frame && typeof frame.properties.title === "string" && frame.properties.title.trim()) ||
    (!frame && scriptPage?.title) ||
    (quoted && visibleText(quoted).replace(/\s+/g, " ").trim()) ||
    (address ? `Embedded content from ${hostOf(address)}` : "");
  return { address, title, captionBeside };
}

/** How the report names a script an embed carried: by its host, or inline. */
function describeScript(script: Element): string {
  const address = followable(script.properties.src);
  return address ? `a <script> from ${hostOf(address)}` : "an inline <script>";
}

/** Figures that embed another site become a paragraph with one link: what it showed, and where. */
export function rehypeEmbedsToLinks({ log }: Options) {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const wrapper = node.tagName === "figure" || node.tagName === "div" || EMBED_CLASSES.some((name) => hasClass(node, name));
      if (!(wrapper && isEmbed(node)) && !FRAMES.has(node.tagName)) return;
      const { address, title, captionBeside } = describeEmbed(node);
      if (!address) {
        // Name what it was, so an editor can find it on the old page.
        const scripts = findAll(node, (child) => child.tagName === "script").map(describeScript);
        const named = captionBeside ? plainText(captionBeside) : title;
        const what = [...(named ? [`“${named}”`] : []), ...scripts].join(", ");
        log.drop(`an embed with no address a reader could follow${what ? ` (${what})` : ""}`);
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      log.embedsLinked += 1;
      // The link replaces the embed; whatever it would have run is gone, and the report says so.
      for (const script of findAll(node, (child) => child.tagName === "script")) log.drop(`${describeScript(script)} (its embed became a link)`);
      if (isMediumMediaProxy(address)) {
        log.warn(`an embed (a gist, video or tweet) was exported only as Medium's own address for it, ${address}; it became a link there: check what it showed and link to that instead`);
      }
      const link = h("a", { href: address }, [text(title)]);
      const shown: ElementContent[] = captionBeside ? [link, text(" — "), ...captionBeside.children] : [link];
      if (parent.type === "root" || isFlowParent(parent)) {
        parent.children[index] = h("p", {}, shown);
        return SKIP;
      }
      parent.children.splice(index, 1, ...shown);
      return [SKIP, index + shown.length];
    });
  };
}

/**
 * Medium serves every gist, tweet and video it embeds from /media/<32 hex> on
 * its own host, and on a publication's own domain (medium.freecodecamp.org,
 * blog.example.org) for posts in a publication.
 */
function isMediumMediaProxy(address: string): boolean {
  try {
    const url = new URL(address);
    return url.pathname.startsWith("/media/") && (/(^|\.)medium\.com$/.test(url.hostname) || /^\/media\/[0-9a-f]{32}\/?$/.test(url.pathname));
  } catch {
    return false;
  }
}

function isFlowParent(parent: { type: string; tagName?: string }): boolean {
  return parent.type === "element" && ["blockquote", "li", "section", "div", "article", "body", "figure"].includes(parent.tagName ?? "");
}

/**
 * Drops what could run or load: executable elements, event handlers, and
 * links whose scheme is not http, https or mailto. Links to places on the old
 * site (`#anchors`, relative paths) would lead nowhere here, so they keep
 * their words and lose the link, with a warning.
 */
export function rehypeDropUnsafe({ log }: Options) {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (EXECUTABLE.has(node.tagName)) {
        log.drop(`<${node.tagName}>`);
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      for (const name of Object.keys(node.properties)) {
        if (/^on/i.test(name)) {
          log.drop(`an ${name.toLowerCase()} handler on <${node.tagName}>`);
          delete node.properties[name];
        }
      }
      if (node.tagName === "a") {
        const href = typeof node.properties.href === "string" ? node.properties.href.trim() : "";
        const words = plainText(node);
        let keep = true;
        if (href === "") keep = false;
        else if (!isAllowedUrl(href)) {
          log.drop(`a ${urlScheme(href) ?? "strange"}: link (“${words}”), kept as text`);
          keep = false;
        } else if (urlScheme(href) === undefined) {
          log.warn(`the link “${words}” pointed at ${href} on the old site; its words are kept without the link`);
          keep = false;
        }
        if (!keep) {
          parent.children.splice(index, 1, ...(node.children as ElementContent[]));
          return [SKIP, index];
        }
        const absolute = href.startsWith("//") ? `https:${href}` : href;
        node.properties = { href: urlScheme(absolute) === "mailto" ? absolute : withoutTrackingParams(absolute) };
      }
      if (node.tagName === "img" && !followable(node.properties.src)) {
        log.drop(`an image with the address ${JSON.stringify(String(node.properties.src ?? ""))}`);
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

/**
 * Puts links inside inline code outside it: `<code><a href>LIKE</a></code>`
 * is a link set in code, but Markdown's code holds no link, so the link would
 * be lost. It becomes `[`LIKE`](href)`; the code's other words stay code.
 * Code blocks (pre) are left alone: their text is kept exactly.
 */
export function rehypeLinksOutsideCode() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined || node.tagName !== "code" || (parent.type === "element" && parent.tagName === "pre")) return;
      if (!node.children.some((child) => child.type === "element" && child.tagName === "a")) return;
      const pieces: ElementContent[] = node.children.map((child) =>
        child.type === "element" && child.tagName === "a" ? h("a", child.properties, [h("code", {}, child.children)]) : h("code", {}, [child]),
      );
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}

const FORMATTING = new Set(["strong", "b", "em", "i", "del", "s", "a"]);

/**
 * Moves spaces at the edges of bold, italic and links outside them: editors
 * often select a word with the space after it (`<strong>wget </strong>to`),
 * which Markdown cannot write as `**wget **` and would otherwise spell with
 * character references.
 */
export function rehypeSpacesOutsideFormatting() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined || !FORMATTING.has(node.tagName)) return;
      const first = node.children[0];
      const last = node.children.at(-1);
      let before = "";
      let after = "";
      if (last?.type === "text" && /\s$/.test(last.value)) {
        after = " ";
        last.value = last.value.trimEnd();
      }
      if (first?.type === "text" && /^\s/.test(first.value)) {
        before = " ";
        first.value = first.value.trimStart();
      }
      if (!before && !after) return;
      parent.children.splice(index, 1, ...(before ? [text(before)] : []), node, ...(after ? [text(after)] : []));
      return [SKIP, index + (before ? 2 : 1)];
    });
  };
}
