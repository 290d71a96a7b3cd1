import { type Article, type Site } from "@/lib/content";
import { PAGE_SIZE, type Page } from "@/lib/pagination";
import { homePath } from "@/lib/routes";
import { ArticleList } from "./ArticleList";
import { Pagination } from "./Pagination";

export function HomeView({ site, page }: { site: Site; page: Page<Article> }) {
  return (
    <div className="page">
      <header className="page-header">
        {page.number === 1 ? <h1>{site.collective.name}</h1> : <h1>Essays, page {page.number}</h1>}
        <p className="lede">{site.collective.description}</p>
      </header>
      <section aria-labelledby="essays-heading">
        <h2 id="essays-heading" className="section-heading">
          {page.number === 1 ? "Essays" : `Essays ${(page.number - 1) * PAGE_SIZE + 1}–${(page.number - 1) * PAGE_SIZE + page.items.length}`}
        </h2>
        <ArticleList site={site} articles={page.items} headingLevel={3} />
        <Pagination basePath={homePath()} number={page.number} count={page.count} label="Pages of essays" />
      </section>
    </div>
  );
}
