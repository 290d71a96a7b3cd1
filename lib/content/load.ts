import { readFile } from "node:fs/promises";
import { appendFileSync } from "node:fs";
import type { Root } from "hast";
import type { z } from "zod";
import { extractActionSteps } from "./action-steps";
import { parseFrontmatter, type ParsedFrontmatter } from "./frontmatter";
import { type ContentFile, type ContentLayout, SLUG_PATTERN, contentLayout, describeFile, listCollection } from "./layout";
import { checkLinks, idsIn, type LinkedPage, type LinkSource } from "./link-check";
import { compileBody } from "./mdx";
import type { BodyLink } from "./mdx-links";
import { articlePath, authorPath, collectivePath, FEEDS, homePath, topicPath, topicsPath } from "../routes";
import { type ContentProblem, ContentError, didYouMean, sortProblems } from "./problems";
import { countWords, readingMinutes } from "./reading-time";
import { ArticleFrontmatter, AuthorFrontmatter, CollectiveFrontmatter, TopicFrontmatter } from "./schema";
import { contentHash, readCachedTree, treeCacheDir, writeCachedTree } from "./tree-cache";
import { typesetArticle, typesetAuthor, typesetCollective, typesetTopic } from "./typeset-frontmatter";
import type { Article, Author, Collective, Site, Topic } from "./types";
import { validateFrontmatter } from "./validate";

export interface LoadOptions {
  layout?: ContentLayout;
  /** Drafts are shown while editing and never in a production build. */
  includeDrafts?: boolean;
}

export interface CheckResult {
  problems: ContentProblem[];
  /** Present only when there are no problems. */
  site?: Site;
  /** How many files were checked, for the summary line. */
  fileCount: number;
}

interface LoadedEntry<T> {
  file: ContentFile;
  frontmatter: T;
  parsed: ParsedFrontmatter;
  body: Root;
  links: BodyLink[];
}

/**
 * Reads, validates and compiles every content file, and collects every problem
 * rather than stopping at the first, so an editor fixes a pull request in one go.
 */
export async function checkContent(options: LoadOptions = {}): Promise<CheckResult> {
  const layout = options.layout ?? contentLayout();
  const problems: ContentProblem[] = [];
  const cacheDir = treeCacheDir();

  async function loadEntry<Schema extends z.ZodObject>(file: ContentFile, schema: Schema): Promise<LoadedEntry<z.infer<Schema>> | undefined> {
    let source: string;
    try {
      source = await readFile(file.absolutePath, "utf8");
    } catch (error) {
      problems.push({ file: file.displayPath, line: 1, column: 1, message: `could not be read: ${(error as Error).message}` });
      return undefined;
    }
    const parsed = parseFrontmatter(source, file.displayPath);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      return undefined;
    }
    const validated = validateFrontmatter(schema, parsed, file.displayPath);
    if (!validated.ok) problems.push(...validated.problems);

    const body = await compileCached(parsed, file, cacheDir);
    problems.push(
      ...body.problems.map((problem) => ({
        file: file.displayPath,
        ...problem,
        line: problem.line + parsed.bodyLineOffset,
      })),
    );
    if (!body.ok) return undefined;
    return validated.ok ? { file, frontmatter: validated.value, parsed, body: body.tree, links: body.links } : undefined;
  }

  const [articleFiles, authorFiles, topicFiles] = await Promise.all([
    listCollection(layout.articlesDir),
    listCollection(layout.authorsDir),
    listCollection(layout.topicsDir),
  ]);
  const collectiveFile = describeFile(layout.collectiveFile);

  for (const files of [articleFiles, authorFiles, topicFiles]) checkSlugs(files, problems);

  const [articleEntries, authorEntries, topicEntries, collectiveEntry] = await Promise.all([
    Promise.all(articleFiles.map((file) => loadEntry(file, ArticleFrontmatter))),
    Promise.all(authorFiles.map((file) => loadEntry(file, AuthorFrontmatter))),
    Promise.all(topicFiles.map((file) => loadEntry(file, TopicFrontmatter))),
    loadEntry(collectiveFile, CollectiveFrontmatter),
  ]);

  const authorSlugs = authorFiles.map((file) => file.slug);
  const topicSlugs = topicFiles.map((file) => file.slug);
  for (const entry of articleEntries) {
    if (!entry) continue;
    checkReferences(entry, "authors", authorSlugs, "author", problems);
    checkReferences(entry, "topics", topicSlugs, "topic", problems);
    const { published, updated, title, sentenceCaseTitle } = entry.frontmatter;
    if (updated && updated < published) {
      problems.push({ file: entry.file.displayPath, ...entry.parsed.locate(["updated"]), field: "updated", message: `expected a date on or after published (${published}), found "${updated}"` });
    }
    // Only the capitals may differ, so a title changed later does not leave its citation behind.
    if (sentenceCaseTitle && sentenceCaseTitle.toLowerCase() !== title.toLowerCase()) {
      problems.push({
        file: entry.file.displayPath,
        ...entry.parsed.locate(["sentenceCaseTitle"], "value"),
        field: "sentenceCaseTitle",
        message: `expected the title's own words with only the capitals changed ("${title}"), found "${sentenceCaseTitle}"`,
      });
    }
  }

  problems.push(
    ...checkSiteLinks(layout, { articleFiles, authorFiles, topicFiles }, { articleEntries, authorEntries, topicEntries, collectiveEntry }),
  );

  const fileCount = articleFiles.length + authorFiles.length + topicFiles.length + 1;
  if (problems.length > 0) return { problems: sortProblems(problems), fileCount };

  const authors: Author[] = authorEntries.map((entry) => ({ ...typesetAuthor(entry!.frontmatter), slug: entry!.file.slug, file: entry!.file.displayPath, bio: entry!.body }));
  const topics: Topic[] = topicEntries.map((entry) => ({ ...typesetTopic(entry!.frontmatter), slug: entry!.file.slug, file: entry!.file.displayPath, body: entry!.body }));
  const collective: Collective = { ...typesetCollective(collectiveEntry!.frontmatter), file: collectiveEntry!.file.displayPath, body: collectiveEntry!.body };
  const articles: Article[] = articleEntries
    .map((entry) => toArticle(entry!))
    .filter((article) => options.includeDrafts || !article.draft)
    .sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));

  return { problems: [], fileCount, site: { collective, articles, authors, topics } };
}

/** Like `checkContent`, but throws a `ContentError` listing every problem, so a build stops. */
export async function loadSite(options: LoadOptions = {}): Promise<Site> {
  const result = await checkContent(options);
  if (!result.site) throw new ContentError(result.problems);
  return result.site;
}

function toArticle(entry: LoadedEntry<ArticleFrontmatter>): Article {
  const wordCount = countWords(entry.body);
  return {
    ...typesetArticle(entry.frontmatter),
    slug: entry.file.slug,
    file: entry.file.displayPath,
    body: entry.body,
    actionSteps: extractActionSteps(entry.body),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}

async function compileCached(parsed: ParsedFrontmatter, file: ContentFile, cacheDir: string | undefined) {
  const hash = contentHash(parsed.body);
  const cached = await readCachedTree(cacheDir, hash);
  if (cached) return cached;
  const compiled = await compileBody(parsed.body, file.displayPath);
  if (process.env.CONTENT_COMPILE_LOG) appendFileSync(process.env.CONTENT_COMPILE_LOG, `${file.displayPath}\n`);
  if (compiled.ok) await writeCachedTree(cacheDir, hash, compiled);
  return compiled;
}

function checkSlugs(files: ContentFile[], problems: ContentProblem[]) {
  const seen = new Map<string, ContentFile>();
  for (const file of files) {
    if (!SLUG_PATTERN.test(file.slug)) {
      const suggestion = file.slug.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
      problems.push({ file: file.displayPath, line: 1, column: 1, field: "file name", message: `expected a lowercase kebab-case slug like ${suggestion || "my-essay"}.mdx, found "${file.slug}"` });
    }
    const other = seen.get(file.slug);
    if (other) {
      problems.push({ file: file.displayPath, line: 1, column: 1, field: "file name", message: `expected a unique slug, found "${file.slug}" also used by ${other.displayPath}` });
    } else {
      seen.set(file.slug, file);
    }
  }
}

function checkReferences(
  entry: LoadedEntry<ArticleFrontmatter>,
  key: "authors" | "topics",
  known: string[],
  kind: string,
  problems: ContentProblem[],
) {
  entry.frontmatter[key].forEach((slug, index) => {
    if (known.includes(slug)) return;
    problems.push({
      file: entry.file.displayPath,
      ...entry.parsed.locate([key, index]),
      field: `${key}[${index}]`,
      message: `expected ${kind === "author" ? "an" : "a"} ${kind} that has a file in content/${key}/${didYouMean(slug, known)}, found "${slug}"`,
    });
  });
}

type Entry<T> = LoadedEntry<T> | undefined;

/** Builds the map of every page the site will have and checks each file's links against it. */
function checkSiteLinks(
  layout: ContentLayout,
  files: { articleFiles: ContentFile[]; authorFiles: ContentFile[]; topicFiles: ContentFile[] },
  entries: {
    articleEntries: Entry<ArticleFrontmatter>[];
    authorEntries: Entry<AuthorFrontmatter>[];
    topicEntries: Entry<TopicFrontmatter>[];
    collectiveEntry: Entry<CollectiveFrontmatter>;
  },
): ContentProblem[] {
  const pages = new Map<string, LinkedPage>();
  // A page whose file failed to load still exists for links; its anchors are not checked.
  const unchecked: LinkedPage = { ids: "unchecked", draft: false };
  const listPage = (): LinkedPage => ({ ids: new Set(["main"]), draft: false });
  for (const listPath of [homePath(), topicsPath(), FEEDS.rss.path, FEEDS.atom.path, FEEDS.json.path, "/sitemap.xml"]) pages.set(listPath, listPage());

  const sources: LinkSource[] = [];
  const add = <T,>(pagePath: string, entry: Entry<T>, draft: boolean) => {
    if (!entry) {
      pages.set(pagePath, unchecked);
      return;
    }
    pages.set(pagePath, { ids: idsIn(entry.body), draft });
    sources.push({ file: entry.file.displayPath, pagePath, draft, links: entry.links, lineOffset: entry.parsed.bodyLineOffset });
  };
  files.articleFiles.forEach((file, index) => {
    const entry = entries.articleEntries[index];
    add(articlePath(file.slug), entry, entry?.frontmatter.draft ?? false);
  });
  files.authorFiles.forEach((file, index) => {
    add(authorPath(file.slug), entries.authorEntries[index], false);
    pages.set(`${authorPath(file.slug)}${FEEDS.rss.path}`, listPage());
  });
  files.topicFiles.forEach((file, index) => {
    add(topicPath(file.slug), entries.topicEntries[index], false);
    pages.set(`${topicPath(file.slug)}${FEEDS.rss.path}`, listPage());
  });
  add(collectivePath(), entries.collectiveEntry, false);
  return checkLinks(sources, pages, layout.publicDir);
}
