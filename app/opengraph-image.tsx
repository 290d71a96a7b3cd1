import { shareCardResponse } from "@/components/ShareCard";
import { getSite } from "@/lib/content";
import { SHARE_IMAGE_SIZE, SITE_SHARE_IMAGE_ALT } from "@/lib/og/share-image";
import { siteShareCard } from "@/lib/og/share-cards";

// Rendered once at build time, also for the static export.
export const dynamic = "force-static";
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = SITE_SHARE_IMAGE_ALT;

export default async function SiteShareImage() {
  return shareCardResponse(siteShareCard(await getSite()));
}
