import { collectiveMarkPng } from "@/components/CollectiveMark";

export const dynamic = "force-static";

/**
 * Where iOS and iPadOS look for a home-screen and bookmark icon when a page names none, at the
 * size they use (180 px). Browsers that draw SVG icons use app/icon.svg, which every page names.
 */
export async function GET() {
  return new Response(new Uint8Array(await collectiveMarkPng(180)), { headers: { "Content-Type": "image/png" } });
}
