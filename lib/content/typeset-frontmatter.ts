import type { ArticleFrontmatter, AuthorFrontmatter, CollectiveFrontmatter, TopicFrontmatter } from "./schema";
import { typeset } from "./typography";

/**
 * The frontmatter text a reader sees, set in true typography once, after it
 * was validated and matched, so every page, feed, image and search record gets
 * the same curly quotes and dashes. Slugs, dates and addresses are not text
 * and are never touched.
 */

const optional = (text: string | undefined) => (text === undefined ? undefined : typeset(text));

export function typesetArticle(frontmatter: ArticleFrontmatter): ArticleFrontmatter {
  return {
    ...frontmatter,
    title: typeset(frontmatter.title),
    sentenceCaseTitle: optional(frontmatter.sentenceCaseTitle),
    summary: typeset(frontmatter.summary),
    section: optional(frontmatter.section),
    contentNote: optional(frontmatter.contentNote),
  };
}

export function typesetAuthor(frontmatter: AuthorFrontmatter): AuthorFrontmatter {
  return {
    ...frontmatter,
    name: typeset(frontmatter.name),
    description: typeset(frontmatter.description),
    links: frontmatter.links.map((link) => ({ ...link, label: typeset(link.label) })),
  };
}

export function typesetTopic(frontmatter: TopicFrontmatter): TopicFrontmatter {
  return { ...frontmatter, name: typeset(frontmatter.name), description: typeset(frontmatter.description) };
}

export function typesetCollective(frontmatter: CollectiveFrontmatter): CollectiveFrontmatter {
  return { ...frontmatter, name: typeset(frontmatter.name), description: typeset(frontmatter.description) };
}
