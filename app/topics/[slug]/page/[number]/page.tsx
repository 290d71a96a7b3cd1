import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicView } from "@/components/TopicView";
import { articlesInTopic, findTopic, getSite } from "@/lib/content";
import { pageOf, pageRoutePath, parsePageNumber } from "@/lib/pagination";
import { topicPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { absoluteUrl } from "@/lib/site-url";
import { paramsForBuild } from "@/lib/static-params";

type Props = { params: Promise<{ slug: string; number: string }> };

export const dynamicParams = false;

export const generateStaticParams = paramsForBuild("/topics/[slug]/page/[number]");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, number: raw } = await params;
  const site = await getSite();
  const topic = findTopic(site, slug);
  const number = parsePageNumber(raw);
  if (!topic || number === undefined) return {};
  return pageMetadata(site.collective, {
    title: `${topic.name}, page ${number}`,
    description: topic.description,
    path: pageRoutePath(topicPath(topic.slug), number),
    canonical: number === 1 ? absoluteUrl(topicPath(topic.slug)) : undefined,
  });
}

export default async function TopicEssaysPage({ params }: Props) {
  const { slug, number: raw } = await params;
  const site = await getSite();
  const topic = findTopic(site, slug);
  const number = parsePageNumber(raw);
  const page = topic && number !== undefined ? pageOf(articlesInTopic(site, topic.slug), number) : undefined;
  if (!topic || !page) notFound();
  return <TopicView site={site} topic={topic} page={page} />;
}
