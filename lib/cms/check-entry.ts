import type { ContentFile } from "../content/layout";
import { checkLinks, type LinkedPage } from "../content/link-check";
import { normaliseText } from "../content/line-endings";
import { type AnyLoadedFile, type ContentKind, loadFileText } from "../content/load-source";
import { compileBody } from "../content/mdx";
import { type ContentProblem, sortProblems } from "../content/problems";
import { REPOSITORY_LAYOUT } from "../content/repository-layout";
import { checkReferences, checkSlugs, linkSourceOf, UNCHECKED_PAGE } from "../content/site-checks";
import type { SiteIndex } from "./site-index-data";

/**
 * The check `npm run check` runs, for the one file a writer has open in the
 * browser's editor: the same code on the file's text as it will be saved,
 * then the same checks across files against the rest of the site as
 * /admin/site.json describes it. The problems come out located and worded
 * exactly as the check, and the pull request's annotations, will say them.
 */

export type EditorCollection = "articles" | "authors" | "topics" | "collective";

const KINDS: Record<EditorCollection, ContentKind> = { articles: "article", authors: "author", topics: "topic", collective: "collective" };

export interface EntryUnderEdit {
  collection: EditorCollection;
  /** The file's slug (the collective's file has none of its own). */
  slug: string;
  /** The file as it will be saved. */
  text: string;
  /** Files the entry adds to public/ on its branch (images uploaded with it), as addressed from the site's root. */
  addedFiles: readonly string[];
}

export interface EntryCheck {
  loaded: AnyLoadedFile;
  problems: ContentProblem[];
}

export function entryFile(collection: EditorCollection, slug: string): ContentFile {
  const displayPath = collection === "collective" ? REPOSITORY_LAYOUT.collective : `${REPOSITORY_LAYOUT[collection]}/${slug}.mdx`;
  return { absolutePath: displayPath, displayPath, slug: collection === "collective" ? "collective" : slug };
}

export async function checkEntry(entry: EntryUnderEdit, site: SiteIndex): Promise<EntryCheck> {
  const kind = KINDS[entry.collection];
  const file = entryFile(entry.collection, entry.slug);
  const loaded = (await loadFileText(file, kind, normaliseText(entry.text), compileBody)) as AnyLoadedFile;
  const problems = [...loaded.problems];
  if (kind !== "collective") problems.push(...checkSlugs([file]));
  if (loaded.kind === "article") {
    problems.push(...checkReferences(loaded, "authors", site.authors.map((author) => author.slug)), ...checkReferences(loaded, "topics", site.topics.map((topic) => topic.slug)));
  }
  const source = linkSourceOf(loaded);
  if (source) {
    const pages = new Map<string, LinkedPage>(Object.entries(site.pages).map(([address, page]) => [address, { ids: page.ids === "unchecked" ? "unchecked" : new Set(page.ids), draft: page.draft }]));
    pages.set(source.pagePath, loaded.entry ? { ids: loaded.entry.ids, draft: source.draft } : UNCHECKED_PAGE);
    const publicFiles = new Set([...site.publicFiles, ...entry.addedFiles].map(normalisePath));
    problems.push(...checkLinks([source], pages, (pathname) => publicFiles.has(normalisePath(pathname))));
  }
  return { loaded, problems: sortProblems(problems) };
}

/** /images/../images/a.jpg is /images/a.jpg, as a path resolved on disk would be; nothing climbs above the root. */
function normalisePath(pathname: string): string {
  const parts: string[] = [];
  for (const part of pathname.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}
