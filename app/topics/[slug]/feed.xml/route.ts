import { articlesInTopic, findTopic, getSite } from "@/lib/content";
import { feedResponse } from "@/lib/feeds/feed-response";
import { buildFeed } from "@/lib/feeds/site-feed";
import { topicPath } from "@/lib/routes";
import { paramsForBuild } from "@/lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = paramsForBuild("/topics/[slug]/feed.xml");

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const site = await getSite();
  const topic = findTopic(site, (await params).slug);
  if (!topic) return new Response("Not found", { status: 404 });
  const path = topicPath(topic.slug);
  return feedResponse(
    buildFeed(site, { title: `${topic.name} — ${site.collective.name}`, description: topic.description, pagePath: path, feedBase: path, articles: articlesInTopic(site, topic.slug) }),
    "rss",
  );
}
