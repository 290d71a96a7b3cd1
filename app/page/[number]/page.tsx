import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeView } from "@/components/HomeView";
import { getSite } from "@/lib/content";
import { pageOf, pageRoutePath, parsePageNumber } from "@/lib/pagination";
import { homePath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { absoluteUrl } from "@/lib/site-url";
import { paramsForBuild } from "@/lib/static-params";

type Props = { params: Promise<{ number: string }> };

export const dynamicParams = false;

export const generateStaticParams = paramsForBuild("/page/[number]");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collective } = await getSite();
  const number = parsePageNumber((await params).number);
  if (number === undefined) return {};
  return pageMetadata(collective, {
    title: `Essays, page ${number}`,
    description: collective.description,
    path: pageRoutePath(homePath(), number),
    canonical: number === 1 ? absoluteUrl(homePath()) : undefined,
  });
}

export default async function EssaysPage({ params }: Props) {
  const site = await getSite();
  const number = parsePageNumber((await params).number);
  const page = number === undefined ? undefined : pageOf(site.articles, number);
  if (!page) notFound();
  return <HomeView site={site} page={page} />;
}
