import type { MetadataRoute } from "next";
import { EDITOR_PATHS } from "@/lib/cms/editor-paths";
import { absoluteUrl } from "@/lib/site-url";

// Written once at build time, also for the static export.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    // The editor is for writers, never for search: disallowed here, and noindex in its headers and page.
    rules: { userAgent: "*", allow: "/", disallow: EDITOR_PATHS.root },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
