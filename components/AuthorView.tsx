import { type Article, type Author, type Site } from "@/lib/content";
import type { Page } from "@/lib/pagination";
import { authorPath } from "@/lib/routes";
import { ArticleList } from "./ArticleList";
import { ContentTree } from "./ContentTree";
import { Pagination } from "./Pagination";
import "./link-lists.css";

export function AuthorView({ site, author, page }: { site: Site; author: Author; page: Page<Article> }) {
  return (
    <div className="page">
      <header className="page-header">
        <p className="kicker">Author{page.number > 1 ? ` · page ${page.number}` : ""}</p>
        <h1>{author.name}</h1>
      </header>
      {page.number === 1 && (
        <>
          <ContentTree className="prose" tree={author.bio} />
          {author.links.length > 0 && (
            <ul className="author-links">
              {author.links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="me">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <section aria-labelledby="author-essays">
        <h2 id="author-essays" className="section-heading">
          Essays by {author.name}
        </h2>
        <ArticleList site={site} articles={page.items} headingLevel={3} />
        <Pagination basePath={authorPath(author.slug)} number={page.number} count={page.count} label={`Pages of essays by ${author.name}`} />
      </section>
    </div>
  );
}
