import { notFound } from "next/navigation";
import { shareCardResponse } from "@/components/ShareCard";
import { authorsOf, findArticle, getSite, publishedArticles } from "@/lib/content";
import { articleShareImageAlt } from "@/lib/og/article-share-image-alt";
import { SHARE_IMAGE_ID, SHARE_IMAGE_SIZE } from "@/lib/og/share-image";

type Params = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return publishedArticles(await getSite()).map((article) => ({ slug: article.slug }));
}

export async function generateImageMetadata({ params }: Params) {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  const alt = article ? articleShareImageAlt(site, article) : site.collective.name;
  return [{ id: SHARE_IMAGE_ID, contentType: "image/png", size: SHARE_IMAGE_SIZE, alt }];
}

export default async function ArticleShareImage({ params }: Params) {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  // Drafts are never shared, so they get no image.
  if (!article || article.draft) notFound();
  const names = authorsOf(site, article).map((author) => author.name);
  return shareCardResponse({ title: article.title, byline: `by ${names.join(" and ")}`, siteName: site.collective.name });
}
