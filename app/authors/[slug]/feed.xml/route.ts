import { articlesByAuthor, findAuthor, getSite } from "@/lib/content";
import { feedResponse } from "@/lib/feeds/feed-response";
import { buildFeed } from "@/lib/feeds/site-feed";
import { authorPath } from "@/lib/routes";
import { paramsForBuild } from "@/lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

export const generateStaticParams = paramsForBuild("/authors/[slug]/feed.xml");

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const site = await getSite();
  const author = findAuthor(site, (await params).slug);
  if (!author) return new Response("Not found", { status: 404 });
  const path = authorPath(author.slug);
  return feedResponse(
    buildFeed(site, { title: `${author.name} — ${site.collective.name}`, description: author.description, pagePath: path, feedBase: path, articles: articlesByAuthor(site, author.slug) }),
    "rss",
  );
}
