import type { MetadataRoute } from "next";
import { getSite } from "@/lib/content";
import { buildSitemap } from "@/lib/seo/sitemap";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap(await getSite());
}
