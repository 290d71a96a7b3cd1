import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";

// The favicon is fetched and drawn on every reading page's main thread after its first paint.
// Drawn from outlines it needs no font (it looks the same on every device, in the wordmark's
// Source Serif 4 like /logo.png) and no text layout: set as <text>, it cost a phone about 40 ms
// of blocking time on each first visit (docs/performance.md).
describe("the site's icon", () => {
  const svg = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(readFileSync("app/icon.svg", "utf8")).svg;

  it("is a square drawn in the site's accent with the initials as outlines, no text", () => {
    expect(svg.viewBox).toBe("0 0 64 64");
    expect(svg.rect).toMatchObject({ width: "64", height: "64", fill: "#8c2a14" });
    expect(svg.path).toMatchObject({ fill: "#faf7f2" });
    expect(svg.path.d.length).toBeGreaterThan(100);
    expect(Object.keys(svg).filter((key) => !["xmlns", "viewBox", "rect", "path"].includes(key))).toEqual([]);
  });
});
