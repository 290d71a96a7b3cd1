import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content";
import { buildSitemap } from "@/lib/seo/sitemap";

// Written once at build time, also for the static export.
export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap(await getSite());
}
