import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/ArticleView";
import { findArticle, getSite } from "@/lib/content";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const site = await getSite();
  return site.articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = findArticle(await getSite(), (await params).slug);
  if (!article) return {};
  return { title: article.title, description: article.summary };
}

export default async function ArticlePage({ params }: Props) {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  if (!article) notFound();
  return <ArticleView site={site} article={article} />;
}
