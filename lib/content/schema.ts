import { z } from "zod";
import { SLUG_PATTERN } from "./layout";

/**
 * The one module that owns what an editor may write in frontmatter. Every
 * object is strict because an unknown key is almost always a typo, and a typo
 * that is silently ignored is a field that silently goes missing.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const text = (what: string) =>
  z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}, found an empty value` });

const isoDate = z
  .string({ error: "expected a date like 2020-06-17" })
  .refine(isRealDate, { error: "expected a date like 2020-06-17" });

const slug = (what: string) =>
  z.string({ error: `expected ${what} slug` }).regex(SLUG_PATTERN, { error: `expected ${what} slug in lowercase kebab-case, like kate-dadamo` });

const httpsUrl = z
  .string({ error: "expected an https:// address" })
  .refine((value) => {
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  }, { error: "expected an https:// address" });

export const ArticleFrontmatter = z.strictObject({
  title: text("a title"),
  summary: text("a one- or two-sentence summary"),
  published: isoDate,
  updated: isoDate.optional(),
  authors: z.array(slug("an author"), { error: "expected a list of author slugs" }).min(1, { error: "expected at least one author" }),
  topics: z.array(slug("a topic"), { error: "expected a list of topic slugs" }).default([]),
  section: text("a section name").optional(),
  originalUrl: httpsUrl.optional(),
  canonical: httpsUrl.optional(),
  contentNote: text("a short content note").optional(),
  draft: z.boolean({ error: "expected true or false" }).default(false),
});
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatter>;

export const AuthorLink = z.strictObject({
  label: text("a link label"),
  url: httpsUrl,
});

export const AuthorFrontmatter = z.strictObject({
  name: text("the author's name"),
  description: text("a one-sentence description of the author"),
  links: z.array(AuthorLink, { error: "expected a list of links, each with label and url" }).default([]),
});
export type AuthorFrontmatter = z.infer<typeof AuthorFrontmatter>;

export const TopicFrontmatter = z.strictObject({
  name: text("the topic's name"),
  description: text("a one-sentence description of the topic"),
});
export type TopicFrontmatter = z.infer<typeof TopicFrontmatter>;

export const CollectiveFrontmatter = z.strictObject({
  name: text("the collective's name"),
  description: text("a one-sentence description of the collective"),
});
export type CollectiveFrontmatter = z.infer<typeof CollectiveFrontmatter>;

/** The keys each kind of file accepts, for "did you mean" suggestions. */
export function knownKeys(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}
