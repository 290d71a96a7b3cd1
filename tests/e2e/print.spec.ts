import { expect, type Locator, test } from "@playwright/test";
import { ESSAY } from "./routes";

/**
 * The printed essay, measured in Chromium's print layout at the width of an A4
 * page's text (210 mm less Chromium's default 1 cm margins, at 96 px per inch).
 */
const A4_TEXT_WIDTH = 718;

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 1000 });
  await page.goto(ESSAY);
  await page.emulateMedia({ media: "print" });
});

test("printed footnote markers sit in their line without touching the line above", async ({ page }) => {
  const markers = await page.locator("a[data-footnote-ref]").evaluateAll((links) =>
    links.map((link) => {
      const marker = link.getBoundingClientRect();
      const sup = link.closest("sup")!;
      // The paragraph's text before the marker, line by line.
      const before = document.createRange();
      before.setStart(sup.closest("p, li")!, 0);
      before.setEndBefore(sup);
      const lines = Array.from(before.getClientRects()).filter((rect) => rect.width > 0);
      const ownLine = lines[lines.length - 1];
      const linesAbove = lines.filter((rect) => rect.bottom <= ownLine.top + 1);
      const lineAboveBottom = linesAbove.length > 0 ? Math.max(...linesAbove.map((rect) => rect.bottom)) : undefined;
      return {
        label: link.textContent,
        overlapAbove: lineAboveBottom === undefined ? 0 : lineAboveBottom - marker.top,
        // A superscript is raised, but stays in its line: its foot is below the middle of the line's text.
        inOwnLine: marker.bottom > ownLine.top + ownLine.height / 2 && marker.top < ownLine.bottom,
        // Where the marker sits the words go on: no blank run beside it at the foot of the line.
        gapAfter: marker.left - ownLine.right,
      };
    }),
  );
  expect(markers.length).toBeGreaterThanOrEqual(3);
  for (const marker of markers) {
    expect(marker.overlapAbove, `marker ${marker.label} reaches into the line above`).toBeLessThanOrEqual(0);
    expect(marker.inOwnLine, `marker ${marker.label} sits in its own line`).toBe(true);
    expect(marker.gapAfter, `space between the words and marker ${marker.label}`).toBeLessThan(4);
  }
});

test("printed lines keep even spacing through the footnote markers", async ({ page }) => {
  // The words of each paragraph with a marker (not the markers themselves) step down one line-height at a time.
  const paragraphs = await page.locator(".prose p:has(a[data-footnote-ref])").evaluateAll((paragraphs) =>
    paragraphs.map((paragraph) => {
      const bottoms = new Set<number>();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement!.closest("sup, .sidenote")) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) bottoms.add(Math.round(rect.bottom));
      }
      const lines = [...bottoms].sort((a, b) => a - b);
      return { gaps: lines.slice(1).map((bottom, index) => bottom - lines[index]), lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight) };
    }),
  );
  expect(paragraphs.length).toBeGreaterThanOrEqual(2);
  for (const { gaps, lineHeight } of paragraphs) {
    expect(gaps.length).toBeGreaterThan(1);
    for (const gap of gaps) expect(Math.abs(gap - lineHeight)).toBeLessThanOrEqual(1);
  }
});

test("printed sidenotes take no space, and the notes print once, at the end", async ({ page }) => {
  const sidenoteBoxes = await page.locator(".sidenote").evaluateAll((notes) => notes.map((note) => note.getClientRects().length));
  expect(sidenoteBoxes.length).toBeGreaterThanOrEqual(3);
  expect(sidenoteBoxes.every((count) => count === 0)).toBe(true);
  const notes = page.locator(".footnotes");
  await expect(notes).toBeVisible();
  await expect(notes.getByRole("heading", { name: "Notes" })).toBeVisible();
  const notesTop = await notes.evaluate((element) => element.getBoundingClientRect().top);
  const lastParagraphBottom = await page.locator(".prose > p").last().evaluate((element) => element.getBoundingClientRect().bottom);
  expect(notesTop).toBeGreaterThan(lastParagraphBottom);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test("a printed link to another site carries its address once: after its words, or as its words", async ({ page }) => {
  const printedAfter = (link: Locator) => link.evaluate((element) => getComputedStyle(element, "::after").content);
  const original = page.locator(".article-footer").getByRole("link", { name: /^reframehealthandjustice\.medium\.com\// });
  await expect(original).toHaveText("reframehealthandjustice.medium.com/can-anti-trafficking-be-rescued-5688c3221173");
  expect(await printedAfter(original)).toBe("none");
  // The launch essay's own links lost their addresses, so one is added: its words are not its address.
  await page.locator(".article-footer").evaluate((footer) => footer.insertAdjacentHTML("beforeend", '<p><a id="words-link" href="https://example.org/report">the report</a></p>'));
  expect(await printedAfter(page.locator("#words-link"))).toBe('" (https://example.org/report)"');
});
