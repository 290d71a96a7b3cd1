import type { Metadata } from "next";
import { SiteSearch } from "@/components/SiteSearch";
import { getSite } from "@/lib/content";
import { searchPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const { collective } = await getSite();
  return {
    ...pageMetadata(collective, { title: "Search", description: `Search the essays of ${collective.name}.`, path: searchPath() }),
    // Result pages are not worth indexing; the essays themselves are.
    robots: { index: false, follow: true },
  };
}

export default function SearchPage() {
  return (
    <div className="page search-page">
      <header className="page-header">
        <h1>Search</h1>
      </header>
      <SiteSearch />
    </div>
  );
}
