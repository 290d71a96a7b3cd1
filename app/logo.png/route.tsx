import { ImageResponse } from "next/og";
import { shareImageFonts } from "@/lib/og/share-image";

export const dynamic = "force-static";

/** The collective's typographic mark as a PNG, for structured data that wants a raster logo. */
export async function GET() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#8c2a14", color: "#faf7f2", fontFamily: "Source Serif 4", fontWeight: 700, fontSize: 200 }}>
        RHJ
      </div>
    ),
    { width: 512, height: 512, fonts: await shareImageFonts() },
  );
}
