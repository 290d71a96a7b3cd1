import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FileProblemsNotice } from "@/components/ContentProblems";
import { TopicView } from "@/components/TopicView";
import { articlesInTopic, findTopic, getSite, problemsAt } from "@/lib/content";
import { pageOf } from "@/lib/pagination";
import { FEEDS, topicPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { absoluteUrl } from "@/lib/site-url";
import { paramsForBuild } from "@/lib/static-params";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = paramsForBuild("/topics/[slug]");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSite();
  const topic = findTopic(site, (await params).slug);
  if (!topic) return {};
  const path = topicPath(topic.slug);
  return pageMetadata(site.collective, {
    title: topic.name,
    description: topic.description,
    path,
    feeds: { [FEEDS.rss.type]: [{ url: absoluteUrl(`${path}${FEEDS.rss.path}`), title: `${topic.name} — ${site.collective.name}` }] },
  });
}

export default async function TopicPage({ params }: Props) {
  const site = await getSite();
  const { slug } = await params;
  const topic = findTopic(site, slug);
  const problems = problemsAt(site, topicPath(slug));
  if (!topic) return problems ? <FileProblemsNotice file={problems} headingLevel={1} /> : notFound();
  return (
    <>
      {problems && <FileProblemsNotice file={problems} headingLevel={2} />}
      <TopicView site={site} topic={topic} page={pageOf(articlesInTopic(site, topic.slug), 1)!} />
    </>
  );
}
