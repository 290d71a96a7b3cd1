import slugify from "@sindresorhus/slugify";
import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { countWords, findAll, findFirst, hasClass, plainText, visibleText } from "../hast";
import type { SkippedSource, SourcePost } from "../source";
import { mediumBody, mediumOriginal } from "./grafs";

/**
 * Reads one post of a Medium export: a whole HTML document in the h-entry
 * microformat. Title (h1.p-name), subtitle (section[data-field=subtitle]), body
 * (section[data-field=body]), and in the footer the author (a.p-author), the
 * day (time.dt-published) and the post's address (a.p-canonical).
 */

const parser = unified().use(rehypeParse).freeze();

/** Medium's file names: 2020-06-17_Title-Words-5688c3221173.html, draft_Title-Words-5688c3221173.html. */
export function isDraftFileName(fileName: string): boolean {
  return /^draft_/i.test(fileName.split("/").pop() ?? fileName);
}

const HEX_ID = /-[0-9a-f]{8,16}$/i;

function slugFrom(words: string): string {
  return slugify(words, { decamelize: false });
}

/** The slug the address gives: its last segment without Medium's trailing -<hex id>. */
export function slugFromAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  let last: string;
  try {
    last = decodeURIComponent(new URL(address).pathname.split("/").filter(Boolean).pop() ?? "");
  } catch {
    return undefined;
  }
  if (/^[0-9a-f]{8,16}$/i.test(last)) return undefined; // medium.com/p/<id>: no words to use
  const slug = slugFrom(last.replace(HEX_ID, ""));
  return slug === "" ? undefined : slug;
}

function slugFromFileName(fileName: string): string {
  const base = (fileName.split("/").pop() ?? fileName).replace(/\.html?$/i, "").replace(/^draft_/i, "").replace(/^\d{4}-\d{2}-\d{2}_/, "");
  return slugFrom(base.replace(HEX_ID, ""));
}

function attribute(node: Element | undefined, name: string): string | undefined {
  const value = node?.properties[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * The post's own subtitle: the subtitle graf the author wrote under the title,
 * else the export's p-summary when the author wrote it. Medium fills p-summary
 * by itself when a post has no subtitle, with the first words of the body (a
 * first heading such as "Introduction", or the opening sentence cut short with
 * "…"); that is no subtitle, and the heading stays in the body.
 */
function subtitleOf(document: Root, bodySection: Element): string | undefined {
  const graf = findFirst(bodySection, (node) => hasClass(node, "graf--subtitle"));
  if (graf && plainText(graf) !== "") return plainText(graf);
  const section = findFirst(document, (node) => node.tagName === "section" && node.properties.dataField === "subtitle");
  const summary = section ? plainText(section) : "";
  if (summary === "") return undefined;
  const words = (value: string) => value.replace(/(?:…|\.\.\.)$/, "").replace(/\s+/g, " ").trim().toLowerCase();
  const opening = words(summary);
  const repeatsBody = findAll(bodySection, (node) => hasClass(node, "graf") && !hasClass(node, "graf--title")).some((node) => {
    const text = words(plainText(node));
    return text !== "" && (text === opening || text.startsWith(opening));
  });
  return repeatsBody ? undefined : summary;
}

export function readMediumPost(html: string, source: string): SourcePost | SkippedSource {
  const document = parser.parse(html) as Root;
  const is = (className: string) => (node: Element) => hasClass(node, className);
  const title = plainText(findFirst(document, is("p-name")) ?? { type: "root", children: [] });
  if (title === "") return { source, reason: "it has no title (Medium exports responses to other posts this way)" };
  const bodySection = findFirst(document, (node) => node.tagName === "section" && node.properties.dataField === "body") ?? findFirst(document, is("e-content"));
  if (!bodySection) return { source, reason: "it has no body (section[data-field=body])" };
  const subtitle = subtitleOf(document, bodySection);

  const authorLink = findFirst(document, is("p-author"));
  const time = findFirst(document, is("dt-published"));
  const canonical = attribute(findFirst(document, is("p-canonical")), "href");
  const warnings: string[] = [];
  let published: string | undefined;
  const datetime = attribute(time, "dateTime");
  if (datetime) {
    const date = new Date(datetime);
    if (Number.isNaN(date.getTime())) warnings.push(`its date "${datetime}" could not be read`);
    else published = date.toISOString().slice(0, 10);
  }

  // The copy is taken first: the translation shares nodes with the export's tree.
  const original = mediumOriginal(bodySection, title);
  const { body, linkCards } = mediumBody(bodySection, { title, subtitle });
  const draft = isDraftFileName(source);
  return {
    source,
    title,
    subtitle,
    published,
    authorName: authorLink ? plainText(authorLink) || undefined : undefined,
    authorUrl: attribute(authorLink, "href"),
    // A draft was never published, so it has no first home to credit.
    originalUrl: draft ? undefined : canonical,
    draft,
    slug: slugFromAddress(canonical) ?? (slugFromFileName(source) || slugFrom(title)),
    body,
    original,
    wordsIn: countWords(visibleText(body)),
    warnings,
    embedsLinked: linkCards,
  };
}
