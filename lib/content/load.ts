import { type ContentFile, type ContentLayout, type ContentListing, contentLayout, listContent } from "./layout";
import { checkLinks, type LinkSource } from "./link-check";
import { isBodyCached, loadFileBytes } from "./load-file";
import type { AnyLoadedFile, ContentKind, LoadedFile } from "./load-source";
import { type ContentProblem, ContentError, sortProblems } from "./problems";
import { publicFileOnDisk } from "./public-files";
import { checkReferences, checkSlugs, contentPagePath, isDraft, linkSourceOf, sitePageMap, UNCHECKED_PAGE } from "./site-checks";
import { findLinks, readBytes } from "./read-source";
import { treeCacheDir } from "./tree-cache";
import type { Article, Collective, FileProblems, Site } from "./types";
import { DEFAULT_EXIT_URL } from "./schema";

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

export interface LoadedContent {
  articles: LoadedFile<"article">[];
  authors: LoadedFile<"author">[];
  topics: LoadedFile<"topic">[];
  collective: LoadedFile<"collective">;
}

/** Loads one file; a loader that already holds the file may return it at once. */
export type LoadFile = <Kind extends ContentKind>(file: ContentFile, kind: Kind) => LoadedFile<Kind> | Promise<LoadedFile<Kind>>;

/**
 * Reads, validates and compiles every content file, and collects every problem
 * rather than stopping at the first, so an editor fixes a pull request in one go.
 */
export async function checkContent(options: LoadOptions = {}): Promise<CheckResult> {
  const layout = options.layout ?? contentLayout();
  const cacheDir = treeCacheDir();
  const listing = await listContent(layout);
  const loaded = await loadContent(listing, (file, kind) => readAndLoadFile(file, kind, cacheDir));
  const { problems, site, fileCount } = assembleSite(layout, loaded, { includeDrafts: options.includeDrafts ?? false });
  return problems.length > 0 ? { problems, fileCount } : { problems, fileCount, site };
}

/** Like `checkContent`, but throws a `ContentError` listing every problem, so a build stops. */
export async function loadSite(options: LoadOptions = {}): Promise<Site> {
  const result = await checkContent(options);
  if (!result.site) throw new ContentError(result.problems);
  return result.site;
}

export async function loadContent(listing: ContentListing, load: LoadFile): Promise<LoadedContent> {
  const articles = listing.articles.map((file) => load(file, "article"));
  const authors = listing.authors.map((file) => load(file, "author"));
  const topics = listing.topics.map((file) => load(file, "topic"));
  const collective = load(listing.collective, "collective");
  return {
    articles: await settled(articles),
    authors: await settled(authors),
    topics: await settled(topics),
    collective: await collective,
  };
}

/**
 * Waits only for the values still loading. While editing, nearly every file
 * comes back at once from memory, and under `next dev` React records a stack
 * trace for every promise made during a request: a thousand needless promises
 * were a tenth of a second on every reload.
 */
async function settled<T>(values: (T | Promise<T>)[]): Promise<T[]> {
  const loading = values.flatMap((value, index) =>
    value instanceof Promise
      ? [
          value.then((result) => {
            values[index] = result;
          }),
        ]
      : [],
  );
  if (loading.length > 0) await Promise.all(loading);
  return values as T[];
}

export async function readAndLoadFile<Kind extends ContentKind>(file: ContentFile, kind: Kind, cacheDir: string | undefined): Promise<LoadedFile<Kind>> {
  return loadFileBytes(file, kind, await readBytes(file.absolutePath), cacheDir);
}

/** Whether the file's body has been compiled by this pipeline before (its tree is in the cache). */
export async function isFileCompiled(file: ContentFile, cacheDir: string | undefined): Promise<boolean> {
  return isBodyCached(await readBytes(file.absolutePath), file.displayPath, cacheDir);
}

/**
 * The checks that look across files (unique slugs, references, links) and the
 * site built from every file that can be shown. `site` is complete only when
 * there are no problems; while editing, the rest of the site is still worth
 * showing, with each file's problems beside it.
 */
export function assembleSite(layout: ContentLayout, loaded: LoadedContent, options: { includeDrafts: boolean }): { problems: ContentProblem[]; site: Site; fileCount: number } {
  const all: AnyLoadedFile[] = [...loaded.articles, ...loaded.authors, ...loaded.topics, loaded.collective];
  const problems: ContentProblem[] = all.flatMap((file) => file.problems);
  for (const files of [loaded.articles, loaded.authors, loaded.topics]) problems.push(...checkSlugs(files.map((loadedFile) => loadedFile.file)));

  const authorSlugs = loaded.authors.map((loadedFile) => loadedFile.file.slug);
  const topicSlugs = loaded.topics.map((loadedFile) => loadedFile.file.slug);
  for (const article of loaded.articles) {
    problems.push(...checkReferences(article, "authors", authorSlugs), ...checkReferences(article, "topics", topicSlugs));
  }
  problems.push(...checkSiteLinks(layout, loaded));
  // Symbolic links anywhere under content/ or public/ are refused, whether or not content uses them.
  const links = [...findLinks(layout.root), ...findLinks(layout.publicDir)];
  problems.push(...links.filter((link) => !problems.some((other) => other.file === link.file && other.message === link.message)));

  const articles: Article[] = loaded.articles
    .flatMap((article) => (article.entry ? [article.entry.value] : []))
    .filter((article) => options.includeDrafts || !article.draft)
    .sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
  const site: Site = {
    collective: loaded.collective.entry?.value ?? standInCollective(loaded.collective.file),
    articles,
    authors: loaded.authors.flatMap((author) => (author.entry ? [author.entry.value] : [])),
    topics: loaded.topics.flatMap((topic) => (topic.entry ? [topic.entry.value] : [])),
  };
  if (problems.length > 0) site.problems = groupByFile(problems, all);
  return { problems: sortProblems(problems), site, fileCount: all.length };
}

function groupByFile(problems: ContentProblem[], all: AnyLoadedFile[]): FileProblems[] {
  const byPath = new Map(all.map((loaded) => [loaded.file.displayPath, loaded]));
  const groups = new Map<string, FileProblems>();
  for (const problem of sortProblems(problems)) {
    let group = groups.get(problem.file);
    if (!group) {
      const loaded = byPath.get(problem.file);
      group = {
        file: problem.file,
        kind: loaded?.kind,
        slug: loaded && loaded.kind !== "collective" ? loaded.file.slug : undefined,
        pagePath: loaded ? contentPagePath(loaded.kind, loaded.file.slug) : undefined,
        shown: Boolean(loaded?.entry),
        problems: [],
      };
      groups.set(problem.file, group);
    }
    group.problems.push(problem);
  }
  return [...groups.values()];
}

/** While editing, a collective file that cannot be read still leaves the site a name to show. */
function standInCollective(file: ContentFile): Collective {
  return { name: "Untitled collective", description: `${file.displayPath} has problems; see the list at the top of the page.`, file: file.displayPath, exitUrl: DEFAULT_EXIT_URL, body: { type: "root", children: [] } };
}

/** Builds the map of every page the site will have and checks each file's links against it. */
function checkSiteLinks(layout: ContentLayout, loaded: LoadedContent): ContentProblem[] {
  const all: AnyLoadedFile[] = [...loaded.articles, ...loaded.authors, ...loaded.topics, loaded.collective];
  const pages = sitePageMap(all.map((file) => ({ kind: file.kind, slug: file.file.slug, page: file.entry ? { ids: file.entry.ids, draft: isDraft(file) } : UNCHECKED_PAGE })));
  const sources: LinkSource[] = all.flatMap((file) => linkSourceOf(file) ?? []);
  return checkLinks(sources, pages, publicFileOnDisk(layout.publicDir));
}
