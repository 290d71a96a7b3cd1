import { z } from "zod";
import { SLUG_PATTERN } from "./repository-layout";

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
  .regex(ISO_DATE, { error: "expected a date like 2020-06-17", abort: true })
  .refine(isRealDate, { error: "expected a date like 2020-06-17" });

const slug = (what: string) =>
  z.string({ error: `expected ${what} slug` }).regex(SLUG_PATTERN, { error: `expected ${what} slug in lowercase words joined by hyphens, like kate-dadamo` });

const httpsUrl = z
  .string({ error: "expected an https:// address" })
  .refine((value) => {
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  }, { error: "expected an https:// address" })
  .meta({ format: "uri" });

export const ArticleFrontmatter = z.strictObject({
  title: text("a title").describe("The essay's title, in title case."),
  summary: text("a one- or two-sentence summary").describe("One or two sentences; shown in lists, feeds and search results."),
  published: isoDate.describe("The day the essay was first published."),
  updated: isoDate.optional().describe("The day it was last changed in substance; on or after `published`."),
  authors: z
    .array(slug("an author"), { error: "expected a list of author slugs" })
    .min(1, { error: "expected at least one author" })
    .describe("Author slugs, each the name of a file in `content/authors/`."),
  topics: z
    .array(slug("a topic"), { error: "expected a list of topic slugs" })
    .default([])
    .describe("Topic slugs, each the name of a file in `content/topics/`."),
  section: text("a section name").optional().describe("The section it belongs to, e.g. Campaign and Advocacy."),
  originalUrl: httpsUrl.optional().describe("Where the essay first appeared, shown as \"Originally published at …\"."),
  canonical: httpsUrl.optional().describe("Where search engines should send readers, for a cross-post; by default the page itself."),
  sentenceCaseTitle: text("the title in sentence case")
    .optional()
    .describe("The title with capitals only where a sentence has them (first word, proper nouns), for citations: APA sets titles so, and reference managers store them so. The same words as `title`; by default the title is cited as written."),
  contentNote: text("a short content note").optional().describe("A short content note, shown in plain words above the essay."),
  draft: z.boolean({ error: "expected true or false" }).default(false).describe("`true` keeps the essay out of the production build, its lists, feeds and sitemap."),
});
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatter>;

export const AuthorLink = z.strictObject({
  label: text("a link label"),
  url: httpsUrl,
});

export const AuthorFrontmatter = z.strictObject({
  name: text("the author's name").describe("The name as it appears in bylines."),
  description: text("a one-sentence description of the author").describe("One sentence, used as the author page's description."),
  links: z
    .array(AuthorLink, { error: "expected a list of links, each with label and url" })
    .default([])
    .describe("The author's own pages: a list of `label` and `url` (https)."),
});
export type AuthorFrontmatter = z.infer<typeof AuthorFrontmatter>;

export const TopicFrontmatter = z.strictObject({
  name: text("the topic's name").describe("The topic's name, as shown on its page and on essays."),
  description: text("a one-sentence description of the topic").describe("One sentence, shown on the topic's page."),
});
export type TopicFrontmatter = z.infer<typeof TopicFrontmatter>;

/** A page anyone might plausibly have open, as GOV.UK's "Exit this page" uses. */
export const DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";

export const CollectiveFrontmatter = z.strictObject({
  name: text("the collective's name").describe("The collective's name: the site's wordmark and title."),
  description: text("a one-sentence description of the collective").describe("One sentence, shown on the home page and in feeds."),
  exitUrl: httpsUrl
    .default(DEFAULT_EXIT_URL)
    .describe("Where \"Exit this page\" sends a reader who must leave at once: an ordinary, unremarkable page, such as a weather forecast."),
});
export type CollectiveFrontmatter = z.infer<typeof CollectiveFrontmatter>;

