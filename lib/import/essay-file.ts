import type { Root } from "hast";
import { stringify } from "yaml";
import type { ArticleFrontmatter, AuthorFrontmatter } from "../content/schema";
import { isElement, plainText } from "./hast";
import { toMdx } from "./html-to-mdx";

/**
 * Writes the files an import adds: an essay's frontmatter and body, and a new
 * author's page. Frontmatter is written by the `yaml` package, so a title with
 * a colon or a quote is quoted correctly, in the field order editors know.
 */

const SUMMARY_LENGTH = 300;
/** Note markers left in the text ([1], ¹) do not belong in a summary. */
const MARKERS = /\s?\[\d{1,3}\]|\s?\(\d{1,3}\)(?=[\s.,;:]|$)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

/** The subtitle, or the opening sentences of the body up to about 300 characters. */
export function summaryFor(subtitle: string | undefined, body: Root): string | undefined {
  if (subtitle && subtitle.trim() !== "") return subtitle.trim();
  const opening = body.children
    .filter((block) => isElement(block, "p"))
    .map((block) => plainText(block).replace(MARKERS, ""))
    .filter((words) => words !== "")
    .slice(0, 3)
    .join(" ");
  if (opening === "") return undefined;
  const sentences = [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(opening)].map((part) => part.segment);
  let summary = "";
  for (const sentence of sentences) {
    if (summary !== "" && (summary + sentence).trim().length > SUMMARY_LENGTH) break;
    summary += sentence;
  }
  summary = summary.trim();
  if (summary.length > SUMMARY_LENGTH + 100) {
    const cut = summary.slice(0, SUMMARY_LENGTH);
    summary = `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
  }
  return summary;
}

type EssayFields = Pick<ArticleFrontmatter, "title" | "summary" | "published" | "authors" | "topics" | "draft"> & { originalUrl?: string };

export function essayFile(fields: EssayFields, body: string): string {
  const frontmatter: Record<string, unknown> = {
    title: fields.title,
    summary: fields.summary,
    published: fields.published,
    authors: fields.authors,
    topics: fields.topics,
  };
  if (fields.originalUrl) frontmatter.originalUrl = fields.originalUrl;
  if (fields.draft) frontmatter.draft = true;
  return `---\n${stringify(frontmatter, { lineWidth: 100 })}---\n\n${body}`;
}

export function authorFile(fields: Pick<AuthorFrontmatter, "name" | "links">): string {
  const frontmatter = {
    name: fields.name,
    description: `${fields.name} writes for the collective; these essays first appeared on Medium.`,
    ...(fields.links.length > 0 ? { links: fields.links } : {}),
  };
  const bio = `${fields.name}'s essays first appeared on Medium and were brought here with the archive. An editor may write more about them here.`;
  return `---\n${stringify(frontmatter, { lineWidth: 100 })}---\n\n${toMdx({ type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: bio }] }] })}`;
}
