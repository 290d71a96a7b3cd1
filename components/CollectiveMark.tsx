import { ImageResponse } from "next/og";
import { shareImageFonts } from "@/lib/og/share-image";

/**
 * The collective's typographic mark, square and full-bleed (a phone rounds a home-screen
 * icon's corners itself), as a PNG of `size` pixels: the raster logo structured data names,
 * the icon a phone keeps on its home screen, and the one inside /favicon.ico. It draws the
 * same initials as app/icon.svg, whose letters are these glyphs as outlines.
 */
export async function collectiveMarkPng(size: number): Promise<Buffer> {
  const image = new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
          background: "#8c2a14",
          color: "#faf7f2",
          fontFamily: "Source Serif 4",
          fontWeight: 700,
          fontSize: Math.round((size * 200) / 512),
        }}
      >
        RHJ
      </div>
    ),
    { width: size, height: size, fonts: await shareImageFonts() },
  );
  return Buffer.from(await image.arrayBuffer());
}
