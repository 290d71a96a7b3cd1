import { type Article, type Site, authorsOf } from "@/lib/content";
import { Byline } from "./Byline";
import { FormattedDate } from "./FormattedDate";
import "./ArticleList.css";

/** A list of essays as readers scan it: title, summary, who, when, how long. */
export function ArticleList({ site, articles, headingLevel = 2 }: { site: Site; articles: Article[]; headingLevel?: 2 | 3 }) {
  if (articles.length === 0) return <p className="empty">No essays here yet.</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.slug} className="article-list-item">
          <article>
            <Heading className="article-list-title">
              <a href={`/articles/${article.slug}`}>{article.title}</a>
            </Heading>
            <p className="article-list-summary">{article.summary}</p>
            <p className="meta">
              <Byline authors={authorsOf(site, article)} /> · <FormattedDate date={article.published} /> ·{" "}
              {article.readingMinutes} min read
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
