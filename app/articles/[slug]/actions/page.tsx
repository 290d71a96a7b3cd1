import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionSheet } from "@/components/ActionSheet";
import { findArticle, getSite } from "@/lib/content";
import { actionSheetPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { paramsForBuild } from "@/lib/static-params";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = paramsForBuild("/articles/[slug]/actions");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  if (!article || article.actionSteps.length === 0) return {};
  return pageMetadata(site.collective, {
    title: `Action steps: ${article.title}`,
    description: `The ${article.actionSteps.length} action steps from “${article.title}”, on one printable page.`,
    path: actionSheetPath(article.slug),
  });
}

export default async function ActionSheetPage({ params }: Props) {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  if (!article || article.actionSteps.length === 0) notFound();
  return <ActionSheet site={site} article={article} />;
}
