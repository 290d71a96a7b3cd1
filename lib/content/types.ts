import type { Root } from "hast";
import type { ActionStep } from "./action-steps";
import type { ContentProblem } from "./problems";
import type { ArticleFrontmatter, AuthorFrontmatter, CollectiveFrontmatter, TopicFrontmatter } from "./schema";

/** What the rest of the site gets: validated, typed, with bodies as checked trees. */

export interface Article extends ArticleFrontmatter {
  slug: string;
  /** Path of the source file, for messages and "edit this page". */
  file: string;
  body: Root;
  actionSteps: ActionStep[];
  wordCount: number;
  readingMinutes: number;
}

export interface Author extends AuthorFrontmatter {
  slug: string;
  file: string;
  bio: Root;
}

export interface Topic extends TopicFrontmatter {
  slug: string;
  file: string;
  body: Root;
}

export interface Collective extends CollectiveFrontmatter {
  file: string;
  body: Root;
}

export interface Site {
  collective: Collective;
  /** Newest first. Drafts only when the site was loaded with drafts. */
  articles: Article[];
  authors: Author[];
  topics: Topic[];
  /**
   * Only while editing: files with problems, which a production build refuses.
   * The development server shows them rather than failing every page.
   */
  problems?: FileProblems[];
}

/** One file's problems, in the order `npm run check` prints them. */
export interface FileProblems {
  file: string;
  kind?: "article" | "author" | "topic" | "collective";
  slug?: string;
  /** The page the file becomes, where its problems are shown. */
  pagePath?: string;
  /** Whether the file's page can still be shown, problems and all. */
  shown: boolean;
  problems: ContentProblem[];
}

export type { ActionStep };
