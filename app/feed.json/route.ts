import { getSite } from "@/lib/content";
import { feedResponse } from "@/lib/feeds/feed-response";
import { buildFeed, siteFeedScope } from "@/lib/feeds/site-feed";

export const dynamic = "force-static";

export async function GET() {
  const site = await getSite();
  return feedResponse(buildFeed(site, siteFeedScope(site)), "json");
}
