import { collectiveMarkPng } from "@/components/CollectiveMark";
import { icoFile } from "@/lib/og/ico-file";

export const dynamic = "force-static";

/**
 * Feed readers, crawlers and browsers that draw no SVG icon ask for /favicon.ico without being
 * told to; a 404 there left them with none. The mark at 48 px, in an ICO file.
 */
export async function GET() {
  return new Response(new Uint8Array(icoFile(await collectiveMarkPng(48), 48)), { headers: { "Content-Type": "image/x-icon" } });
}
