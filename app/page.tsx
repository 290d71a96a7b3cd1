import type { Metadata } from "next";
import { ArticleList } from "@/components/ArticleList";
import { JsonLd } from "@/components/JsonLd";
import { getSite } from "@/lib/content";
import { homePath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { websiteStructuredData } from "@/lib/seo/structured-data";

export async function generateMetadata(): Promise<Metadata> {
  const { collective } = await getSite();
  return {
    ...pageMetadata(collective.name, { title: collective.name, description: collective.description, path: homePath() }),
    // The home page is the site itself: no "Page — Site" template here.
    title: { absolute: collective.name },
  };
}

export default async function HomePage() {
  const site = await getSite();
  return (
    <div className="page">
      <JsonLd data={websiteStructuredData(site)} />
      <header className="page-header">
        <h1>{site.collective.name}</h1>
        <p className="lede">{site.collective.description}</p>
      </header>
      <section aria-labelledby="essays-heading">
        <h2 id="essays-heading" className="section-heading">
          Essays
        </h2>
        <ArticleList site={site} articles={site.articles} headingLevel={3} />
      </section>
    </div>
  );
}
