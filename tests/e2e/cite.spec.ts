import AxeBuilder from "@axe-core/playwright";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { expect, test, type Page } from "@playwright/test";
import { ESSAY } from "./routes";

/** What the three styles prescribe for the essay, at the address of the site under test. */
const expectedCitations = (url: string) => ({
  "APA (7th edition)": `D’Adamo, K. (2020, June 17). Can anti-trafficking be rescued? Reframe Health and Justice. ${url}`,
  "Chicago (18th edition, notes and bibliography), note": `Kate D’Adamo, “Can Anti-Trafficking Be Rescued?,” Reframe Health and Justice, June 17, 2020, ${url}.`,
  "Chicago (18th edition, notes and bibliography), bibliography": `D’Adamo, Kate. “Can Anti-Trafficking Be Rescued?” Reframe Health and Justice, June 17, 2020. ${url}.`,
  "MLA (9th edition)": `D’Adamo, Kate. “Can Anti-Trafficking Be Rescued?” Reframe Health and Justice, 17 June 2020, ${url}.`,
});

const citeBlock = (page: Page) => page.locator("details").filter({ has: page.locator("summary", { hasText: "Cite this essay" }) });

test("the essay can be cited: closed at first, then every style with a working copy button", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(ESSAY);
  const block = citeBlock(page);
  await expect(block).toHaveCount(1);
  await expect(block).not.toHaveAttribute("open");
  await expect(block.locator("dd").first()).toBeHidden();

  await block.locator("summary").click();
  await expect(block).toHaveAttribute("open", "");
  for (const [label, citation] of Object.entries(expectedCitations(`${baseURL}${ESSAY}`))) {
    const entry = block.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label.replace(/[()]/g, "\\$&")}$`) }) });
    await expect(entry.locator("dd p")).toHaveText(citation);
    // The publication is in italics, as each style sets it.
    await expect(entry.locator("dd p i")).toHaveText("Reframe Health and Justice");
    await entry.getByRole("button", { name: `Copy the ${label} citation` }).click();
    await expect(block.getByRole("status")).toHaveText(`Copied: ${citation}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
  }
});

test("the cite block has no accessibility violations while open, in both colour schemes", async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(ESSAY);
    await citeBlock(page).locator("summary").click();
    const results = await new AxeBuilder({ page }).include("details").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  }
});

test("each citation file answers with its type and says what the CSL-JSON says", async ({ page, request, baseURL }) => {
  await page.goto(ESSAY);
  await citeBlock(page).locator("summary").click();
  const types = { bib: "application/x-bibtex", ris: "application/x-research-info-systems", json: "application/vnd.citationstyles.csl+json" };
  const json = await request.get(`${ESSAY}/cite.json`);
  const [item] = (await json.json()) as Record<string, unknown>[];
  expect(item).toMatchObject({ title: "Can anti-trafficking be rescued?", author: [{ given: "Kate", family: "D’Adamo" }], URL: `${baseURL}${ESSAY}`, "container-title": "Reframe Health and Justice" });
  for (const [extension, type] of Object.entries(types)) {
    const link = page.getByRole("link", { name: new RegExp(`\\(\\.${extension}\\)$`) });
    await expect(link).toHaveAttribute("href", `${ESSAY}/cite.${extension}`);
    await expect(link).toHaveAttribute("download", `can-anti-trafficking-be-rescued.${extension}`);
    const response = await request.get(`${ESSAY}/cite.${extension}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(`${type}; charset=utf-8`);
    const [parsed] = new Cite(await response.text()).data;
    for (const field of ["title", "author", "issued", "URL", "container-title", "abstract"]) expect(parsed[field], `${extension} ${field}`).toEqual(item[field]);
  }
});

test("Google Scholar and Zotero find the citation in the head", async ({ page, baseURL }) => {
  await page.goto(ESSAY);
  const content = (name: string) => page.locator(`head meta[name="${name}"]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute("content")));
  expect(await content("citation_title")).toEqual(["Can Anti-Trafficking Be Rescued?"]);
  expect(await content("citation_author")).toEqual(["Kate D’Adamo"]);
  expect(await content("citation_publication_date")).toEqual(["2020/06/17"]);
  expect(await content("citation_public_url")).toEqual([`${baseURL}${ESSAY}`]);
  expect(await content("citation_publisher")).toEqual(["Reframe Health and Justice"]);
  expect(await content("citation_language")).toEqual(["en"]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the block opens and its citations can be selected, with no copy buttons that cannot work", async ({ page, baseURL }) => {
    await page.goto(ESSAY);
    const block = citeBlock(page);
    await block.locator("summary").click();
    await expect(block).toHaveAttribute("open", "");
    await expect(block.locator("dd p").first()).toHaveText(expectedCitations(`${baseURL}${ESSAY}`)["APA (7th edition)"]);
    await expect(block.getByRole("button")).toHaveCount(0);
    await block.locator("dd p").first().click();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(expectedCitations(`${baseURL}${ESSAY}`)["APA (7th edition)"]);
  });
});
