import "./SiteHeader.css";
import "./search-form.css";

export function SiteHeader({ name }: { name: string }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href="/" className="wordmark">
          {name}
        </a>
        <form role="search" aria-label="Site" action="/search" method="get" className="site-search">
          <label htmlFor="site-search-query" className="visually-hidden">
            Search all essays
          </label>
          <input id="site-search-query" name="q" type="search" placeholder="Search essays" autoComplete="off" />
          <button type="submit">Search</button>
        </form>
        <nav aria-label="Site">
          <ul>
            <li>
              <a href="/">Essays</a>
            </li>
            <li>
              <a href="/topics">Topics</a>
            </li>
            <li>
              <a href="/collective">The collective</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
