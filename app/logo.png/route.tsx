import { collectiveMarkPng } from "@/components/CollectiveMark";

export const dynamic = "force-static";

/** The collective's typographic mark as a PNG, for structured data that wants a raster logo. */
export async function GET() {
  return new Response(new Uint8Array(await collectiveMarkPng(512)), { headers: { "Content-Type": "image/png" } });
}
