import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/ArticleView";
import { FileProblemsNotice } from "@/components/ContentProblems";
import { scholarMetadata } from "@/lib/citation/scholar-metadata";
import { authorsOf, findArticle, getSite, problemsAt, topicsOf } from "@/lib/content";
import { articleShareImageAlt } from "@/lib/og/article-share-image-alt";
import { articleShareImagePath } from "@/lib/og/share-image";
import { articlePath, authorPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { absoluteUrl } from "@/lib/site-url";
import { paramsForBuild } from "@/lib/static-params";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export const generateStaticParams = paramsForBuild("/articles/[slug]");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  if (!article) return {};
  return {
    ...pageMetadata(site.collective, {
      title: article.title,
      description: article.summary,
      path: articlePath(article.slug),
      canonical: article.canonical,
      image: { url: articleShareImagePath(article.slug), alt: articleShareImageAlt(site, article) },
      openGraph: {
        type: "article",
        publishedTime: article.published,
        modifiedTime: article.updated,
        authors: authorsOf(site, article).map((author) => absoluteUrl(authorPath(author.slug))),
        section: article.section,
        tags: topicsOf(site, article).map((topic) => topic.name),
      },
    }),
    authors: authorsOf(site, article).map((author) => ({ name: author.name, url: authorPath(author.slug) })),
    ...(article.draft ? { robots: { index: false, follow: false } } : { other: scholarMetadata(site, article) }),
  };
}

export default async function ArticlePage({ params }: Props) {
  const site = await getSite();
  const { slug } = await params;
  const article = findArticle(site, slug);
  const problems = problemsAt(site, articlePath(slug));
  if (!article) return problems ? <FileProblemsNotice file={problems} headingLevel={1} /> : notFound();
  return (
    <>
      {problems && <FileProblemsNotice file={problems} headingLevel={2} />}
      <ArticleView site={site} article={article} />
    </>
  );
}
