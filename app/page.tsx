import type { Metadata } from "next";
import { HomeView } from "@/components/HomeView";
import { JsonLd } from "@/components/JsonLd";
import { getSite } from "@/lib/content";
import { pageOf } from "@/lib/pagination";
import { homePath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { websiteStructuredData } from "@/lib/seo/structured-data";

export async function generateMetadata(): Promise<Metadata> {
  const { collective } = await getSite();
  return {
    ...pageMetadata(collective, { title: collective.name, description: collective.description, path: homePath() }),
    // The home page is the site itself: no "Page — Site" template here.
    title: { absolute: collective.name },
  };
}

export default async function HomePage() {
  const site = await getSite();
  return (
    <>
      <JsonLd data={websiteStructuredData(site)} />
      <HomeView site={site} page={pageOf(site.articles, 1)!} />
    </>
  );
}
