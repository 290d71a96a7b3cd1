import type { Root } from "hast";
import type { z } from "zod";
import { extractActionSteps } from "./action-steps";
import { parseFrontmatter, type ParsedFrontmatter } from "./frontmatter";
import type { ContentFile } from "./layout";
import { checkTextLimits } from "./limits";
import { idsIn } from "./link-check";
import type { CompiledBody } from "./mdx";
import type { BodyLink } from "./mdx-links";
import type { ContentProblem } from "./problems";
import { countWords, readingMinutes } from "./reading-time";
import { ArticleFrontmatter, AuthorFrontmatter, CollectiveFrontmatter, TopicFrontmatter } from "./schema";
import type { Article, Author, Collective, Topic } from "./types";
import { validateFrontmatter } from "./validate";
import { typesetArticle, typesetAuthor, typesetCollective, typesetTopic } from "./typeset-frontmatter";

/**
 * The part of the check that looks at one file's text alone: limits, parse,
 * validate, compile. It touches no file system, so the same code checks a file
 * read from disk (load-file.ts) and an essay being written in the browser's
 * editor (lib/cms/), and both report the same problems in the same words.
 */

export type ContentKind = "article" | "author" | "topic" | "collective";

const SCHEMAS = {
  article: ArticleFrontmatter,
  author: AuthorFrontmatter,
  topic: TopicFrontmatter,
  collective: CollectiveFrontmatter,
} as const;

interface Frontmatters {
  article: ArticleFrontmatter;
  author: AuthorFrontmatter;
  topic: TopicFrontmatter;
  collective: CollectiveFrontmatter;
}

interface Values {
  article: Article;
  author: Author;
  topic: Topic;
  collective: Collective;
}

/** A file that can be shown: its frontmatter is valid and its body compiled. */
export interface LoadedEntry<Kind extends ContentKind> {
  frontmatter: Frontmatters[Kind];
  parsed: ParsedFrontmatter;
  links: BodyLink[];
  /** Every id on the page the file becomes, for `#anchor` links to it. */
  ids: Set<string>;
  /** What pages get. */
  value: Values[Kind];
}

export interface LoadedFile<Kind extends ContentKind> {
  file: ContentFile;
  kind: Kind;
  /** Problems found in this file on its own; links and references are checked across files later. */
  problems: ContentProblem[];
  entry?: LoadedEntry<Kind>;
  /**
   * When the frontmatter was read but did not validate: what the checks across files can still
   * look at (its authors and topics, the body's links), so that an unknown author or a broken
   * link is reported beside a bad date, not only once the date is fixed.
   */
  unvalidated?: { parsed: ParsedFrontmatter; links?: BodyLink[] };
}

export type AnyLoadedFile = { [Kind in ContentKind]: LoadedFile<Kind> }[ContentKind];

/** Compiles a body: from a cache on disk while building, directly in the browser. */
export type CompileBody = (body: string, displayPath: string) => Promise<CompiledBody>;

/**
 * Everything about one file, from its text. Whatever goes wrong inside (a bug,
 * or an input no limit foresaw) becomes a problem of this file alone, so the
 * check still reports every other file's problems.
 */
export async function loadFileText<Kind extends ContentKind>(file: ContentFile, kind: Kind, text: string, compile: CompileBody): Promise<LoadedFile<Kind>> {
  try {
    const limits = checkTextLimits(text);
    if (limits.length > 0) return { file, kind, problems: limits.map((limit) => ({ file: file.displayPath, ...limit })) };
    return await loadFileSource(file, kind, text, compile);
  } catch (error) {
    return fileProblem(file, kind, unexpectedFailure(error));
  }
}

/** What an error nothing foresaw becomes: a problem of the file, asking for a report. */
export function unexpectedFailure(error: unknown): string {
  return `could not be processed: ${error instanceof Error ? error.message : String(error)}. Please report this with the file attached`;
}

/** A file that could not be loaded at all, with the one problem that says why. */
export function fileProblem<Kind extends ContentKind>(file: ContentFile, kind: Kind, message: string, line = 1, column = 1): LoadedFile<Kind> {
  return { file, kind, problems: [{ file: file.displayPath, line, column, message }] };
}

async function loadFileSource<Kind extends ContentKind>(file: ContentFile, kind: Kind, source: string, compile: CompileBody): Promise<LoadedFile<Kind>> {
  const problems: ContentProblem[] = [];
  const result: LoadedFile<Kind> = { file, kind, problems };
  const parsed = parseFrontmatter(source, file.displayPath);
  if (Array.isArray(parsed)) {
    problems.push(...parsed);
    return result;
  }
  const validated = validateFrontmatter(SCHEMAS[kind] as z.ZodObject, parsed, file.displayPath) as
    | { ok: true; value: Frontmatters[Kind] }
    | { ok: false; problems: ContentProblem[] };
  if (!validated.ok) problems.push(...validated.problems);

  const body = await compile(parsed.body, file.displayPath);
  problems.push(...body.problems.map((problem) => ({ file: file.displayPath, ...problem, line: problem.line + parsed.bodyLineOffset })));
  if (!validated.ok) result.unvalidated = { parsed, links: body.ok ? body.links : undefined };
  if (!body.ok || !validated.ok) return result;

  const frontmatter = validated.value;
  if (kind === "article") {
    const { published, updated, title, sentenceCaseTitle } = frontmatter as ArticleFrontmatter;
    if (updated && updated < published) {
      problems.push({ file: file.displayPath, ...parsed.locate(["updated"]), field: "updated", message: `expected a date on or after published (${published}), found "${updated}"` });
    }
    // Only the capitals may differ, so a title changed later does not leave its citation behind.
    if (sentenceCaseTitle && sentenceCaseTitle.toLowerCase() !== title.toLowerCase()) {
      problems.push({
        file: file.displayPath,
        ...parsed.locate(["sentenceCaseTitle"], "value"),
        field: "sentenceCaseTitle",
        message: `expected the title's own words with only the capitals changed ("${title}"), found "${sentenceCaseTitle}"`,
      });
    }
  }
  result.entry = {
    frontmatter,
    parsed,
    links: body.links,
    ids: idsIn(body.tree),
    value: toValue(kind, frontmatter, file, body.tree),
  };
  return result;
}

function toValue<Kind extends ContentKind>(kind: Kind, frontmatter: Frontmatters[Kind], file: ContentFile, body: Root): Values[Kind] {
  // What a reader sees of the frontmatter is set in true typography once, here, after validation and matching.
  const common = { file: file.displayPath };
  switch (kind) {
    case "article": {
      const wordCount = countWords(body);
      const article: Article = {
        ...typesetArticle(frontmatter as ArticleFrontmatter),
        ...common,
        slug: file.slug,
        body,
        actionSteps: extractActionSteps(body),
        wordCount,
        readingMinutes: readingMinutes(wordCount),
      };
      return article as Values[Kind];
    }
    case "author":
      return { ...typesetAuthor(frontmatter as AuthorFrontmatter), ...common, slug: file.slug, bio: body } satisfies Author as Values[Kind];
    case "topic":
      return { ...typesetTopic(frontmatter as TopicFrontmatter), ...common, slug: file.slug, body } satisfies Topic as Values[Kind];
    default:
      return { ...typesetCollective(frontmatter as CollectiveFrontmatter), ...common, body } satisfies Collective as Values[Kind];
  }
}
