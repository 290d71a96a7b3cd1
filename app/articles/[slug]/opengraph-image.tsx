import { notFound } from "next/navigation";
import { shareCardResponse } from "@/components/ShareCard";
import { findArticle, getSite } from "@/lib/content";
import { articleShareCard } from "@/lib/og/share-cards";
import { SHARE_IMAGE_SIZE } from "@/lib/og/share-image";
import { paramsForBuild } from "@/lib/static-params";

type Params = { params: Promise<{ slug: string }> };

export const generateStaticParams = paramsForBuild("/articles/[slug]/opengraph-image");

// The alt text is set with the image's address in the article's metadata,
// where it can name the article (see articleShareImageAlt).
// Rendered once at build time, also for the static export.
export const dynamic = "force-static";
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

export default async function ArticleShareImage({ params }: Params) {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  // Drafts are never shared, so they get no image.
  if (!article || article.draft) notFound();
  return shareCardResponse(articleShareCard(site, article));
}
