import { getSite } from "@/lib/content";
import { contentLayout } from "@/lib/content/layout";
import { listPublicFiles, siteIndex } from "@/lib/cms/site-index";

// Written once per build, also for the static export; while editing, made again on every request.
export const dynamic = "force-static";

export async function GET() {
  return Response.json(siteIndex(await getSite(), listPublicFiles(contentLayout().publicDir)));
}
