import { pagePath } from "@/lib/pagination";

/** Newer and older pages of a list of essays, reachable from every page of it. */
export function Pagination({ basePath, number, count, label }: { basePath: string; number: number; count: number; label: string }) {
  if (count <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {number > 1 && (
          <li>
            <a href={pagePath(basePath, number - 1)} rel="prev">
              Newer essays
            </a>
          </li>
        )}
        {Array.from({ length: count }, (_, index) => index + 1).map((page) => (
          <li key={page}>
            {page === number ? (
              <span aria-current="page">{page}</span>
            ) : (
              <a href={pagePath(basePath, page)} aria-label={`Page ${page}`}>
                {page}
              </a>
            )}
          </li>
        ))}
        {number < count && (
          <li>
            <a href={pagePath(basePath, number + 1)} rel="next">
              Older essays
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
