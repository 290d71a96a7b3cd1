import Link from "next/link";
import { pagePath } from "@/lib/pagination";

/** Newer and older pages of a list of essays, reachable from every page of it. */
export function Pagination({ basePath, number, count, label }: { basePath: string; number: number; count: number; label: string }) {
  if (count <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {number > 1 && (
          <li>
            <Link href={pagePath(basePath, number - 1)} rel="prev">
              Newer essays
            </Link>
          </li>
        )}
        {Array.from({ length: count }, (_, index) => index + 1).map((page) => (
          <li key={page}>
            {page === number ? (
              <span aria-current="page">{page}</span>
            ) : (
              <Link href={pagePath(basePath, page)} aria-label={`Page ${page}`}>
                {page}
              </Link>
            )}
          </li>
        ))}
        {number < count && (
          <li>
            <Link href={pagePath(basePath, number + 1)} rel="next">
              Older essays
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
