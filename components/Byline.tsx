import type { Author } from "@/lib/content";

/** "by A, B and C", each name linking to the author's page. */
export function Byline({ authors }: { authors: Author[] }) {
  return (
    <span className="byline">
      by{" "}
      {authors.map((author, index) => (
        <span key={author.slug}>
          {index > 0 && (index === authors.length - 1 ? " and " : ", ")}
          <a href={`/authors/${author.slug}`} rel="author">
            {author.name}
          </a>
        </span>
      ))}
    </span>
  );
}
