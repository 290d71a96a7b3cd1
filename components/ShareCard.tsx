import { ImageResponse } from "next/og";
import { SHARE_IMAGE_SIZE, shareImageFonts } from "@/lib/og/share-image";
import { readCachedShareImage, shareImageKey, writeCachedShareImage } from "@/lib/og/share-image-cache";
import type { ShareCardText } from "@/lib/og/share-cards";

/**
 * A 1200×630 share image in the site's look: warm paper, near-black serif
 * title, one accent rule. Sized so the title stays legible as a thumbnail.
 */
export async function shareCardResponse(card: ShareCardText) {
  return new Response(new Uint8Array(await shareCardPng(card)), { headers: { "Content-Type": "image/png" } });
}

/** The card as PNG: from the build cache when these words were drawn by this code before, else drawn and stored. */
export async function shareCardPng(card: ShareCardText): Promise<Buffer> {
  const key = shareImageKey(card);
  let png = readCachedShareImage(key);
  if (!png) {
    png = await drawShareCard(card);
    writeCachedShareImage(key, png);
  }
  return png;
}

async function drawShareCard({ title, byline, siteName }: ShareCardText): Promise<Buffer> {
  const titleSize = title.length > 70 ? 60 : title.length > 40 ? 72 : 84;
  const image = new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          background: "#faf7f2",
          color: "#1b1915",
          padding: "64px 80px",
          borderTop: "16px solid #8c2a14",
        }}
      >
        <div style={{ display: "flex", fontFamily: "Source Sans 3", fontWeight: 600, fontSize: 30, letterSpacing: 2, textTransform: "uppercase", color: "#8c2a14" }}>
          {siteName}
        </div>
        <div style={{ display: "flex", fontFamily: "Source Serif 4", fontWeight: 700, fontSize: titleSize, lineHeight: 1.1 }}>{title}</div>
        <div style={{ display: "flex", fontFamily: "Source Sans 3", fontWeight: 400, fontSize: 36, color: "#4f4a42" }}>{byline ?? " "}</div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: await shareImageFonts() },
  );
  return Buffer.from(await image.arrayBuffer());
}
