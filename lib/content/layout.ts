import { readdir } from "node:fs/promises";
import path from "node:path";
import { REPOSITORY_LAYOUT } from "./repository-layout";

/**
 * The one module that knows where content lives on disk. Everything else asks
 * it for file lists and slugs, so moving a folder is a change in one place
 * (the folders' names are in repository-layout.ts, which the browser's editor
 * reads too).
 */

export interface ContentLayout {
  /** Absolute path of the content folder. */
  root: string;
  articlesDir: string;
  authorsDir: string;
  topicsDir: string;
  collectiveFile: string;
  /** Where images and files that content links to must live. */
  publicDir: string;
}

/**
 * CONTENT_DIR lets the benchmark and the tests point the site at another
 * folder without touching `content/`.
 */
export function contentLayout(
  root = process.env.CONTENT_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), "content"),
  publicDir = path.join(/* turbopackIgnore: true */ process.cwd(), REPOSITORY_LAYOUT.publicDir),
): ContentLayout {
  // Content is read at build time, never traced into the server bundle.
  const absolute = path.resolve(/* turbopackIgnore: true */ root);
  const inRoot = (repositoryPath: string) => path.join(/* turbopackIgnore: true */ absolute, path.posix.basename(repositoryPath));
  return {
    root: absolute,
    articlesDir: inRoot(REPOSITORY_LAYOUT.articles),
    authorsDir: inRoot(REPOSITORY_LAYOUT.authors),
    topicsDir: inRoot(REPOSITORY_LAYOUT.topics),
    collectiveFile: inRoot(REPOSITORY_LAYOUT.collective),
    publicDir: path.resolve(/* turbopackIgnore: true */ publicDir),
  };
}

export interface ContentFile {
  /** Absolute path, for reading. */
  absolutePath: string;
  /** Path relative to the working directory, for messages an editor can click. */
  displayPath: string;
  /** The file name without its extension. */
  slug: string;
}

export function describeFile(absolutePath: string): ContentFile {
  const relative = path.relative(process.cwd(), absolutePath);
  return {
    absolutePath,
    displayPath: relative.startsWith("..") ? absolutePath : relative.split(path.sep).join("/"),
    slug: path.basename(absolutePath).replace(/\.mdx?$/, ""),
  };
}

/** Lists the `.mdx` and `.md` files of one collection folder, in a stable order. */
export async function listCollection(dir: string): Promise<ContentFile[]> {
  let names: string[];
  try {
    // Only real files: a symbolic link is never read (the check names it as a problem).
    names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  // One path.relative for the folder rather than one per file: the development
  // server lists the folder on every request.
  const displayDir = describeFile(dir).displayPath;
  return names
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => ({ absolutePath: path.join(/* turbopackIgnore: true */ dir, name), displayPath: `${displayDir}/${name}`, slug: name.replace(/\.mdx?$/, "") }));
}

/** Every content file, by kind, as the layout finds them on disk. */
export interface ContentListing {
  articles: ContentFile[];
  authors: ContentFile[];
  topics: ContentFile[];
  collective: ContentFile;
}

export async function listContent(layout: ContentLayout): Promise<ContentListing> {
  const [articles, authors, topics] = await Promise.all([
    listCollection(layout.articlesDir),
    listCollection(layout.authorsDir),
    listCollection(layout.topicsDir),
  ]);
  return { articles, authors, topics, collective: describeFile(layout.collectiveFile) };
}
