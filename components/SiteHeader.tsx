import Link from "next/link";
import "./SiteHeader.css";
import "./search-form.css";

export function SiteHeader({ name }: { name: string }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="wordmark">
          {name}
        </Link>
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
              <Link href="/">Essays</Link>
            </li>
            <li>
              <Link href="/topics">Topics</Link>
            </li>
            <li>
              <Link href="/collective">The collective</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
