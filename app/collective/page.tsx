import type { Metadata } from "next";
import { ArticleList } from "@/components/ArticleList";
import { FileProblemsNotice } from "@/components/ContentProblems";
import { ContentTree } from "@/components/ContentTree";
import { JsonLd } from "@/components/JsonLd";
import { Pagination } from "@/components/Pagination";
import { articlesByAuthor, getSite, problemsAt } from "@/lib/content";
import { pageOf } from "@/lib/pagination";
import { collectivePath, homePath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { collectiveStructuredData } from "@/lib/seo/structured-data";
import "@/components/link-lists.css";

export async function generateMetadata(): Promise<Metadata> {
  const { collective } = await getSite();
  return pageMetadata(collective, { title: "The collective", description: collective.description, path: collectivePath() });
}

export default async function CollectivePage() {
  const site = await getSite();
  const { collective } = site;
  const firstPage = pageOf(site.articles, 1)!;
  const problems = problemsAt(site, collectivePath());
  return (
    <div className="page">
      {problems && <FileProblemsNotice file={problems} headingLevel={2} />}
      <JsonLd data={collectiveStructuredData(site)} />
      <header className="page-header">
        <p className="kicker">The collective</p>
        <h1>{collective.name}</h1>
        <p className="lede">{collective.description}</p>
      </header>
      <ContentTree className="prose" tree={collective.body} />
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="section-heading">
          Members
        </h2>
        <ul className="member-list">
          {site.authors.map((author) => {
            const count = articlesByAuthor(site, author.slug).length;
            return (
              <li key={author.slug}>
                <a href={`/authors/${author.slug}`}>{author.name}</a>
                <span className="meta"> · {count === 1 ? "1 essay" : `${count} essays`}</span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="all-essays-heading">
        <h2 id="all-essays-heading" className="section-heading">
          All essays
        </h2>
        <ArticleList site={site} articles={firstPage.items} headingLevel={3} />
        <Pagination basePath={homePath()} number={1} count={firstPage.count} label="Pages of essays" />
      </section>
    </div>
  );
}
