import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { ContentTree } from "@/components/ContentTree";
import { JsonLd } from "@/components/JsonLd";
import { articlesByAuthor, findAuthor, getSite } from "@/lib/content";
import { authorPath, FEEDS } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { authorStructuredData } from "@/lib/seo/structured-data";
import { absoluteUrl } from "@/lib/site-url";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const site = await getSite();
  return site.authors.map((author) => ({ slug: author.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSite();
  const author = findAuthor(site, (await params).slug);
  if (!author) return {};
  const path = authorPath(author.slug);
  return pageMetadata(site.collective.name, {
    title: author.name,
    description: author.description,
    path,
    openGraph: { type: "profile" },
    feeds: { [FEEDS.rss.type]: [{ url: absoluteUrl(`${path}${FEEDS.rss.path}`), title: `${author.name} — ${site.collective.name}` }] },
  });
}

export default async function AuthorPage({ params }: Props) {
  const site = await getSite();
  const author = findAuthor(site, (await params).slug);
  if (!author) notFound();
  return (
    <div className="page">
      <JsonLd data={authorStructuredData(author)} />
      <header className="page-header">
        <p className="kicker">Author</p>
        <h1>{author.name}</h1>
      </header>
      <div className="prose">
        <ContentTree tree={author.bio} />
      </div>
      {author.links.length > 0 && (
        <ul className="author-links">
          {author.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="me">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="author-essays">
        <h2 id="author-essays" className="section-heading">
          Essays by {author.name}
        </h2>
        <ArticleList site={site} articles={articlesByAuthor(site, author.slug)} headingLevel={3} />
      </section>
    </div>
  );
}
