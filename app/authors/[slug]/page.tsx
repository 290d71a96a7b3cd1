import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FileProblemsNotice } from "@/components/ContentProblems";
import { AuthorView } from "@/components/AuthorView";
import { JsonLd } from "@/components/JsonLd";
import { articlesByAuthor, findAuthor, getSite, problemsAt } from "@/lib/content";
import { pageOf } from "@/lib/pagination";
import { authorPath, FEEDS } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { authorStructuredData } from "@/lib/seo/structured-data";
import { absoluteUrl } from "@/lib/site-url";
import { paramsForBuild } from "@/lib/static-params";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = paramsForBuild("/authors/[slug]");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSite();
  const author = findAuthor(site, (await params).slug);
  if (!author) return {};
  const path = authorPath(author.slug);
  return pageMetadata(site.collective, {
    title: author.name,
    description: author.description,
    path,
    openGraph: { type: "profile" },
    feeds: { [FEEDS.rss.type]: [{ url: absoluteUrl(`${path}${FEEDS.rss.path}`), title: `${author.name} — ${site.collective.name}` }] },
  });
}

export default async function AuthorPage({ params }: Props) {
  const site = await getSite();
  const { slug } = await params;
  const author = findAuthor(site, slug);
  const problems = problemsAt(site, authorPath(slug));
  if (!author) return problems ? <FileProblemsNotice file={problems} headingLevel={1} /> : notFound();
  return (
    <>
      {problems && <FileProblemsNotice file={problems} headingLevel={2} />}
      <JsonLd data={authorStructuredData(author)} />
      <AuthorView site={site} author={author} page={pageOf(articlesByAuthor(site, author.slug), 1)!} />
    </>
  );
}
