import { ArticleList } from "@/components/ArticleList";
import { getSite } from "@/lib/content";

export default async function HomePage() {
  const site = await getSite();
  return (
    <div className="page">
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
