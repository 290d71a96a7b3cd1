import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkContent } from "../content/load";
import { parseFrontmatter } from "../content/frontmatter";
import { type ContentLayout, describeFile, listCollection } from "../content/layout";
import { articleImagesPath } from "../content/repository-layout";
import { formatProblem } from "../content/problems";
import { countWords } from "../content/reading-time";
import { slugForTitle } from "../content/scaffold";
import { ArticleFrontmatter } from "../content/schema";
import { compileCached, treeCacheDir } from "../content/tree-cache";
import { markActionSteps } from "./action-steps";
import { authorFile, essayFile, summaryFor } from "./essay-file";
import { rehypeDropUnsafe, rehypeEmbedsToLinks, rehypeLinksOutsideCode, rehypeSpacesOutsideFormatting } from "./html-cleanup";
import { compareFidelity, measureEssay, measurePost } from "./fidelity";
import { fillAltText, setImageUrls, toMdast, toMdx } from "./html-to-mdx";
import { type FetchedImage, fetchImages, type ImageOptions } from "./images";
import { ImportLog } from "./log";
import { recoverNotes } from "./notes";
import type { ImportReport, PostReport } from "./report";
import type { SkippedSource, SourcePost } from "./source";

/**
 * The shared half of every import: takes the posts a source module read and
 * turns each into a checked essay file, its images and, when needed, a new
 * author page. Nothing is overwritten without `force`; an essay already
 * imported from the same address and unchanged is left alone, so running an
 * import twice writes nothing new.
 */

export interface ImportOptions {
  layout: ContentLayout;
  /** An existing author's slug for every post, instead of the export's byline. */
  author?: string;
  topics?: string[];
  includeDrafts?: boolean;
  dryRun?: boolean;
  force?: boolean;
  images?: ImageOptions;
  /** The platform's name, for notes an editor reads ("Medium"). */
  platform?: string;
}

export class UsageError extends Error {}

class PostFailed extends Error {}

interface Planned {
  file: string;
  text: string;
}

export async function importPosts(
  source: { posts: SourcePost[]; skipped: SkippedSource[]; notes: string[] },
  options: ImportOptions,
): Promise<ImportReport> {
  const { layout } = options;
  const topics = options.topics ?? [];
  const authorFiles = await listCollection(layout.authorsDir);
  const topicSlugs = new Set((await listCollection(layout.topicsDir)).map((file) => file.slug));
  if (options.author && !authorFiles.some((file) => file.slug === options.author)) {
    throw new UsageError(`--author ${options.author}: there is no ${path.join(path.relative(process.cwd(), layout.authorsDir), `${options.author}.mdx`)}; add the author first, or leave --author out to use the export's bylines`);
  }
  for (const topic of topics) {
    if (!topicSlugs.has(topic)) throw new UsageError(`--topic ${topic}: there is no such topic; known topics: ${[...topicSlugs].join(", ") || "none"}`);
  }
  const authors = new AuthorDirectory(layout, await readAuthorNames(authorFiles), options.platform ?? "Medium");

  const report: ImportReport = { dryRun: Boolean(options.dryRun), posts: [], authorsCreated: [], exportNotes: [...source.notes] };
  for (const skipped of source.skipped) {
    report.posts.push({ ...emptyPost(skipped.source), status: "skipped", reason: skipped.reason });
  }
  const claimed = new Set<string>();
  for (const post of source.posts) {
    report.posts.push(await importOne(post, options, topics, authors, claimed));
  }

  for (const planned of authors.toWrite()) {
    report.authorsCreated.push(describeFile(planned.file).displayPath);
    if (!options.dryRun) {
      await mkdir(path.dirname(planned.file), { recursive: true });
      await writeFile(planned.file, planned.text, { flag: "wx" });
    }
  }

  if (!options.dryRun) {
    const result = await checkContent({ layout, includeDrafts: true });
    const articles = result.site?.articles.length ?? 0;
    const files = new Set(result.problems.map((problem) => problem.file)).size;
    report.check = result.problems.length === 0
      ? { ok: true, summary: `content OK: ${result.fileCount} files checked, ${articles} articles, no problems.`, problems: [] }
      : { ok: false, summary: `${result.problems.length} problems in ${files} files; fix them before opening a pull request.`, problems: result.problems.map(formatProblem) };
  }
  return report;
}

function emptyPost(source: string): PostReport {
  return {
    source, status: "skipped", draft: false, wordsIn: 0, wordsOut: 0, links: 0, notesRecovered: 0, imagesFetched: 0,
    imagesFailed: [], embedsLinked: 0, actionSteps: [], dropped: [], warnings: [],
  };
}

async function importOne(post: SourcePost, options: ImportOptions, topics: string[], authors: AuthorDirectory, claimed: Set<string>): Promise<PostReport> {
  const report: PostReport = { ...emptyPost(post.source), title: post.title, draft: post.draft, wordsIn: post.wordsIn };
  if (post.draft && !options.includeDrafts) {
    return { ...report, status: "skipped", reason: "a draft on Medium (--include-drafts brings drafts in, marked draft: true)" };
  }
  const log = new ImportLog();
  log.embedsLinked = post.embedsLinked;
  post.warnings.forEach((warning) => log.warn(warning));
  const finish = (fields: Partial<PostReport>): PostReport => ({
    ...report,
    notesRecovered: log.notesRecovered,
    imagesFetched: log.imagesFetched,
    imagesFailed: log.imagesFailed,
    embedsLinked: log.embedsLinked,
    actionSteps: log.actionSteps,
    dropped: log.dropped,
    warnings: log.warnings,
    ...fields,
  });

  try {
    const body = post.body;
    const original = post.original ?? structuredClone(body);
    rehypeEmbedsToLinks({ log })(body);
    rehypeDropUnsafe({ log })(body);
    rehypeLinksOutsideCode()(body);
    rehypeSpacesOutsideFormatting()(body);
    recoverNotes(body, log);
    markActionSteps(body, log);
    const images = await fetchImages(body, log, options.images);
    fillAltText(body, log);
    const mdast = toMdast(body);

    const authorSlugs = options.author ? [options.author] : [authors.slugFor(post)];
    let published = post.published;
    if (!published) {
      if (!post.draft) throw new PostFailed("it has no publication date (time.dt-published)");
      published = new Date().toISOString().slice(0, 10);
      log.warn(`a draft has no publication date; it got today's, ${published}: set the real one when it is published`);
    }
    const fields = {
      title: post.title,
      summary: summaryFor(post.subtitle, body) ?? post.title,
      published,
      authors: authorSlugs,
      topics,
      originalUrl: post.originalUrl,
      draft: post.draft,
    };
    if (!post.subtitle) log.warn("the summary was taken from the opening sentences; check that it reads as a summary");
    const valid = ArticleFrontmatter.safeParse(fields);
    if (!valid.success) throw new PostFailed(`its frontmatter would not pass the check: ${valid.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);

    const plan = await chooseSlug(post, fields, mdast, images, options, claimed, log);
    const compiled = await compileChecked(plan);
    if (!compiled.ok || compiled.problems.length > 0) {
      throw new PostFailed(`its body would not pass the check: ${compiled.problems.map((problem) => `line ${problem.line}: ${problem.message}`).join("; ")}`);
    }
    claimed.add(plan.slug);
    const status = plan.status;
    if (status === "written" || status === "replaced") authors.used(authorSlugs);
    if (!options.dryRun && (status === "written" || status === "replaced")) {
      await mkdir(path.dirname(plan.file), { recursive: true });
      await writeFile(plan.file, plan.text);
    }
    if (!options.dryRun && status !== "skipped") await writeImages(options.layout, plan.slug, images, Boolean(options.force));
    return finish({
      status,
      file: plan.display,
      reason: plan.reason,
      wordsOut: countWords(compiled.tree),
      links: compiled.links.filter((link) => link.kind === "link").length,
      fidelity: compareFidelity(measurePost(original), measureEssay(compiled.tree), {
        replaced: log.replaced,
        notes: { found: log.notesFound, paired: log.notesRecovered, markersWithoutNote: [...log.markersWithoutNote], notesWithoutMarker: [...log.notesWithoutMarker] },
      }),
    });
  } catch (error) {
    if (error instanceof PostFailed) return finish({ status: "failed", reason: error.message });
    return finish({ status: "failed", reason: `the importer could not convert it (${(error as Error).message}); please report this with the post's file` });
  }
}

/**
 * Compiles the essay's body as the content check will, through the same
 * cache a build uses: the check at the end, a second import and the next
 * build then find it compiled.
 */
async function compileChecked(plan: SlugPlan) {
  const parsed = parseFrontmatter(plan.text, plan.display);
  if (Array.isArray(parsed)) throw new PostFailed(`its frontmatter could not be read back: ${parsed.map((problem) => problem.message).join("; ")}`);
  return compileCached(parsed.body, plan.display, treeCacheDir());
}

interface SlugPlan {
  slug: string;
  file: string;
  display: string;
  text: string;
  status: "written" | "replaced" | "unchanged" | "skipped";
  reason?: string;
}

/**
 * The post's slug, its file's text, and what to do with it. A file already
 * imported from the same address is this post: unchanged, or replaced only
 * with --force. Any other file with the slug is a clash: the post takes the
 * next free slug with a numbered suffix, and the log says so.
 */
async function chooseSlug(
  post: SourcePost,
  fields: Parameters<typeof essayFile>[0],
  mdast: ReturnType<typeof toMdast>,
  images: FetchedImage[],
  options: ImportOptions,
  claimed: Set<string>,
  log: ImportLog,
): Promise<SlugPlan> {
  const fileNames = new Map(images.map((image) => [image.index, image.fileName]));
  const taken: string[] = [];
  for (let attempt = 1; attempt <= 100; attempt++) {
    const slug = attempt === 1 ? post.slug : `${post.slug}-${attempt}`;
    const file = path.join(options.layout.articlesDir, `${slug}.mdx`);
    const display = describeFile(file).displayPath;
    const plan = (outcome: Pick<SlugPlan, "status" | "reason">): SlugPlan => {
      if (taken.length > 0) log.warn(`the slug “${post.slug}” was taken (${taken.join("; ")}); this post is ${slug}`);
      return { slug, file, display, text, ...outcome };
    };
    if (claimed.has(slug)) {
      taken.push(`${slug} by another post in this export`);
      continue;
    }
    setImageUrls(mdast, articleImagesPath(slug), fileNames);
    const text = essayFile(fields, toMdx(mdast));
    const existing = await readIfExists(file);
    if (existing === undefined) return plan({ status: "written" });
    if (existing === text) return plan({ status: "unchanged", reason: "already imported, and the same" });
    if (post.originalUrl && originalUrlOf(existing, display) === post.originalUrl) {
      return options.force
        ? plan({ status: "replaced" })
        : plan({ status: "skipped", reason: "already imported from this address, and it differs from this export; --force replaces it (an editor's changes would be lost)" });
    }
    taken.push(`${display} holds another essay`);
  }
  throw new PostFailed(`no free slug near ${post.slug}`);
}

function originalUrlOf(text: string, display: string): string | undefined {
  const parsed = parseFrontmatter(text, display);
  if (Array.isArray(parsed)) return undefined;
  const value = (parsed.data as { originalUrl?: unknown } | null)?.originalUrl;
  return typeof value === "string" ? value : undefined;
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function writeImages(layout: ContentLayout, slug: string, images: FetchedImage[], force: boolean) {
  if (images.length === 0) return;
  const folder = path.join(layout.publicDir, ...articleImagesPath(slug).split("/"));
  await mkdir(folder, { recursive: true });
  for (const image of images) {
    const file = path.join(folder, image.fileName);
    const existing = await readFile(file).catch(() => undefined);
    if (existing && (!force || Buffer.compare(existing, image.bytes) === 0)) continue;
    await writeFile(file, image.bytes);
  }
}

async function readAuthorNames(files: Awaited<ReturnType<typeof listCollection>>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const file of files) {
    const parsed = parseFrontmatter(await readFile(file.absolutePath, "utf8"), file.displayPath);
    const name = Array.isArray(parsed) ? undefined : (parsed.data as { name?: unknown } | null)?.name;
    names.set(file.slug, typeof name === "string" ? name : "");
  }
  return names;
}

const sameName = (name: string) => name.normalize("NFKC").replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLowerCase();

/** Finds the author for a byline: an existing page with that name, else a new page to write. */
class AuthorDirectory {
  private readonly planned = new Map<string, Planned & { name: string; used: boolean }>();

  constructor(
    private readonly layout: ContentLayout,
    private readonly existing: Map<string, string>,
    private readonly platform: string,
  ) {}

  slugFor(post: SourcePost): string {
    const name = post.authorName?.trim();
    if (!name) throw new PostFailed("its byline names no author; pass --author <slug>");
    for (const [slug, existingName] of this.existing) if (sameName(existingName) === sameName(name)) return slug;
    for (const [slug, planned] of this.planned) if (sameName(planned.name) === sameName(name)) return slug;
    const base = slugForTitle(name) || "author";
    let slug = base;
    for (let n = 2; this.existing.has(slug) || this.planned.has(slug); n++) slug = `${base}-${n}`;
    const links = post.authorUrl && /^https:\/\//.test(post.authorUrl) ? [{ label: this.platform, url: post.authorUrl }] : [];
    this.planned.set(slug, { name, used: false, file: path.join(this.layout.authorsDir, `${slug}.mdx`), text: authorFile({ name, links }) });
    return slug;
  }

  used(slugs: string[]) {
    for (const slug of slugs) {
      const planned = this.planned.get(slug);
      if (planned) planned.used = true;
    }
  }

  toWrite(): Planned[] {
    return [...this.planned.values()].filter((planned) => planned.used);
  }
}
