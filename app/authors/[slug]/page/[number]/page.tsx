import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorView } from "@/components/AuthorView";
import { articlesByAuthor, findAuthor, getSite } from "@/lib/content";
import { pageOf, pageRoutePath, parsePageNumber } from "@/lib/pagination";
import { authorPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { absoluteUrl } from "@/lib/site-url";
import { paramsForBuild } from "@/lib/static-params";

type Props = { params: Promise<{ slug: string; number: string }> };

export const dynamicParams = false;

export const generateStaticParams = paramsForBuild("/authors/[slug]/page/[number]");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, number: raw } = await params;
  const site = await getSite();
  const author = findAuthor(site, slug);
  const number = parsePageNumber(raw);
  if (!author || number === undefined) return {};
  return pageMetadata(site.collective, {
    title: `${author.name}, page ${number}`,
    description: author.description,
    path: pageRoutePath(authorPath(author.slug), number),
    canonical: number === 1 ? absoluteUrl(authorPath(author.slug)) : undefined,
  });
}

export default async function AuthorEssaysPage({ params }: Props) {
  const { slug, number: raw } = await params;
  const site = await getSite();
  const author = findAuthor(site, slug);
  const number = parsePageNumber(raw);
  const page = author && number !== undefined ? pageOf(articlesByAuthor(site, author.slug), number) : undefined;
  if (!author || !page) notFound();
  return <AuthorView site={site} author={author} page={page} />;
}
