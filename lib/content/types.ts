import type { Root } from "hast";
import type { ActionStep } from "./action-steps";
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
}

export type { ActionStep };
