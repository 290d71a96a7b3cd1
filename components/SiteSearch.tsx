import { ReaderScript } from "./ReaderScript";
import "./ArticleList.css";
import "./search-form.css";
import "./SiteSearch.css";

/**
 * Full-text search over the published essays with Pagefind's static index: the
 * query never leaves the reader's browser (reader-scripts/site-search.ts runs
 * it as the reader types). The form also works as a plain GET, so the address
 * of a search can be shared.
 */
export function SiteSearch() {
  return (
    <div data-site-search="">
      <form role="search" aria-label="Essays" action="/search" method="get">
        <label htmlFor="search-page-query">Search the essays</label>{" "}
        <input id="search-page-query" name="q" type="search" autoComplete="off" aria-controls="search-results" />{" "}
        <button type="submit">Search</button>
      </form>
      <p role="status" className="meta search-status" />
      <ol id="search-results" className="search-results" />
      <noscript>
        <p>Search runs in your browser and needs JavaScript. Every essay is also listed on the home page and on the topic pages.</p>
      </noscript>
      <ReaderScript name="search" />
    </div>
  );
}
