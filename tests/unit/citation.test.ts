import { readdirSync, readFileSync } from "node:fs";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { findArticle, loadSite } from "@/lib/content";
import { contentLayout } from "@/lib/content/layout";
import { formatCitations } from "@/lib/citation/citations";
import { citationTree } from "@/lib/citation/citation-tree";
import { CITATION_FILE_WRITERS } from "@/lib/citation/downloads";
import { essayCslItem } from "@/lib/citation/essay-item";
import { scholarMetadata } from "@/lib/citation/scholar-metadata";
import { styleForms } from "@/lib/citation/style-engines";
import { CITATION_LOCALE, CITATION_STYLES } from "@/lib/citation/styles";
import { absoluteUrl } from "@/lib/site-url";

const site = await loadSite({ layout: contentLayout("content") });
const essay = findArticle(site, "can-anti-trafficking-be-rescued")!;
const item = essayCslItem(site, essay);
const url = absoluteUrl("/articles/can-anti-trafficking-be-rescued");

// Made once, while the file loads: citeproc reads the styles on first use, which
// takes seconds on a busy machine and is no part of what a test checks.
const citations = formatCitations(item);

/** One citation's text and HTML, by style and kind. */
function citation(style: string, kind: "note" | "bibliography") {
  const formatted = citations.find((entry) => entry.style.id === style)!;
  const form = formatted.forms.find((entry) => entry.kind === kind)!;
  return { text: form.text, html: toHtml(form.tree) };
}

describe("the essay's citation data", () => {
  it("cites the essay at its own address on this site, published by the collective, not where it first appeared", () => {
    expect(item).toEqual({
      id: "can-anti-trafficking-be-rescued",
      type: "post-weblog",
      title: "Can anti-trafficking be rescued?",
      author: [{ given: "Kate", family: "D’Adamo" }],
      issued: { "date-parts": [[2020, 6, 17]] },
      "container-title": "Reframe Health and Justice",
      URL: url,
      language: "en",
      abstract: essay.summary,
    });
    expect(JSON.stringify(item)).not.toContain("medium.com");
  });
});

// Written by hand from the style guides' rules for an article on a publication's website.
describe("citations are what each style prescribes", () => {
  it("APA 7: sentence-case title, date in parentheses, site in italics, no access date", () => {
    expect(citation("apa", "bibliography").text).toBe(`D’Adamo, K. (2020, June 17). Can anti-trafficking be rescued? Reframe Health and Justice. ${url}`);
    expect(citation("apa", "bibliography").html).toContain("<i>Reframe Health and Justice</i>");
  });

  it("Chicago 18, notes and bibliography: a note with the name as written, and a bibliography entry inverted", () => {
    expect(citation("chicago-notes-bibliography", "note").text).toBe(
      `Kate D’Adamo, “Can Anti-Trafficking Be Rescued?,” Reframe Health and Justice, June 17, 2020, ${url}.`,
    );
    expect(citation("chicago-notes-bibliography", "bibliography").text).toBe(
      `D’Adamo, Kate. “Can Anti-Trafficking Be Rescued?” Reframe Health and Justice, June 17, 2020. ${url}.`,
    );
    expect(citation("chicago-notes-bibliography", "note").html).toContain("<i>Reframe Health and Justice</i>");
  });

  it("MLA 9: title in quotation marks and title case, day month year", () => {
    expect(citation("modern-language-association", "bibliography").text).toBe(
      `D’Adamo, Kate. “Can Anti-Trafficking Be Rescued?” Reframe Health and Justice, 17 June 2020, ${url}.`,
    );
    expect(citation("modern-language-association", "bibliography").html).toContain("<i>Reframe Health and Justice</i>");
  });

  it("a note style gives a note and a bibliography entry, the others their reference-list entry", () => {
    expect(citations.map(({ style, forms }) => [style.id, forms.map((form) => form.kind)])).toEqual([
      ["apa", ["bibliography"]],
      ["chicago-notes-bibliography", ["note", "bibliography"]],
      ["modern-language-association", ["bibliography"]],
    ]);
  });

  it("styles are data: each listed style is a committed CSL file, and each committed file is listed", () => {
    const files = readdirSync("lib/citation/styles").filter((file) => file.endsWith(".csl"));
    expect(files.sort()).toEqual(CITATION_STYLES.map((style) => `${style.id}.csl`).sort());
  });
});

describe("one engine per style gives what citation-js's formatter gives", () => {
  // citation-js's own way: the same committed files registered with its CSL plugin, one format call per form.
  const config = plugins.config.get("@csl");
  config.locales.add(CITATION_LOCALE, readFileSync(`lib/citation/styles/locales-${CITATION_LOCALE}.xml`, "utf8"));
  const noteStyles = new Set<string>();
  for (const style of CITATION_STYLES) {
    const xml = readFileSync(`lib/citation/styles/${style.id}.csl`, "utf8");
    config.styles.add(style.id, xml);
    if (/<style\b[^>]*\sclass="note"/.test(xml)) noteStyles.add(style.id);
  }
  const viaCitationJs = (cited: typeof item) => {
    const cite = new Cite(cited);
    const html = (kind: "citation" | "bibliography", style: string) => cite.format(kind, { template: style, lang: CITATION_LOCALE, format: "html" });
    return CITATION_STYLES.map((style) => ({
      style: style.id,
      note: noteStyles.has(style.id) ? html("citation", style.id) : undefined,
      // citation-js marks each entry with its item's id; the site's tree drops that wrapper.
      bibliography: html("bibliography", style.id).replace(/ data-csl-entry-id="[^"]*"/, ""),
    }));
  };
  const viaEngines = (cited: typeof item) => styleForms(cited).map(({ style, note, bibliography }) => ({ style: style.id, note, bibliography }));

  const authors: Record<string, string>[][] = [
    [{ given: "Kate", family: "D’Adamo" }],
    [{ given: "Ludwig", family: "Beethoven", "non-dropping-particle": "van" }, { given: "Ana", family: "Silva" }],
    [],
    [{ literal: "Reframe Collective" }],
    [{ given: "Ada", family: "Writer" }, { given: "Ben", family: "Reader" }, { given: "Cy", family: "Editor" }, { given: "Di", family: "Author" }],
  ];
  const titles = ["Can anti-trafficking be rescued?", "On <i>care</i> & “justice”: a reader’s notes", "Who decides? Sex work, HIV and the law in 2020", "What's next"];
  const cases = authors.flatMap((author, a) =>
    titles.map((title, t) => ({ ...item, id: `case-${a}-${t}`, title, author, issued: { "date-parts": [[2018 + t, 1 + a * 2, 3 + t * 7]] as [[number, number, number]] } })),
  );

  it("the same HTML, form for form, for essays by one author, several, none, a collective, and four, with quotes, italics and dates", () => {
    for (const cited of [item, ...cases]) expect(viaEngines(cited)).toEqual(viaCitationJs(cited));
  });

  it("one essay's citations never depend on the essays cited before it", () => {
    const alone = viaEngines(cases[7]);
    for (const cited of cases) viaEngines(cited);
    expect(viaEngines(cases[7])).toEqual(alone);
  });
});

describe("citations made again for the same essay", () => {
  it("follow a change of title at once, and come back to the first text when it is changed back", () => {
    const retitled = formatCitations({ ...item, title: "Can anti-trafficking be saved?" });
    const apa = (list: typeof citations) => list.find((entry) => entry.style.id === "apa")!.forms[0].text;
    expect(apa(retitled)).toContain("Can anti-trafficking be saved?");
    expect(apa(formatCitations({ ...item }))).toBe(apa(citations));
    expect(apa(formatCitations({ ...item }))).toContain("Can anti-trafficking be rescued?");
  });
});

describe("the downloads say the same as the CSL-JSON", () => {
  const significant = (data: Record<string, unknown>) => {
    const { title, author, issued, URL, language, abstract } = data;
    return { title, author, issued, URL, language, abstract, "container-title": data["container-title"] };
  };

  for (const extension of ["bib", "ris", "json"] as const) {
    it(`cite.${extension} parses back to the same citation`, () => {
      const [parsed] = new Cite(CITATION_FILE_WRITERS[extension](item)).data;
      expect(significant(parsed)).toEqual(significant(item as unknown as Record<string, unknown>));
    });
  }

  it("RIS writes the date with two-digit month and day, as its specification asks", () => {
    expect(CITATION_FILE_WRITERS.ris(item)).toContain("\r\nDA  - 2020/06/17/\r\n");
  });

  it("RIS keeps the kind of item; BibTeX has no blog type, so it is an online source", () => {
    expect(new Cite(CITATION_FILE_WRITERS.ris(item)).data[0].type).toBe("post-weblog");
    expect(CITATION_FILE_WRITERS.bib(item)).toMatch(/^@online\{/);
    expect(new Cite(CITATION_FILE_WRITERS.json(item)).data[0].type).toBe("post-weblog");
  });
});

describe("Google Scholar and Zotero metadata", () => {
  it("names the essay, each author, the date, the address, the publisher and the language", () => {
    expect(scholarMetadata(site, essay)).toEqual({
      citation_title: "Can Anti-Trafficking Be Rescued?",
      citation_author: ["Kate D’Adamo"],
      citation_publication_date: "2020/06/17",
      citation_public_url: url,
      citation_publisher: "Reframe Health and Justice",
      citation_language: "en",
    });
  });
});

describe("citeproc's HTML is parsed, never pasted", () => {
  it("keeps formatting", () => {
    expect(toHtml(citationTree('<div class="csl-bib-body"><div class="csl-entry">A. <i>B</i> &#38; <span style="font-variant:small-caps;">c</span></div></div>'))).toBe(
      'A. <i>B</i> &#x26; <span style="font-variant:small-caps;">c</span>',
    );
  });

  it("refuses anything else", () => {
    expect(() => citationTree('A <a href="https://example.org">link</a>')).toThrow(/<a>/);
    expect(() => citationTree("A <img src=x onerror=alert(1)>")).toThrow(/<img>/);
    expect(() => citationTree('<i onclick="x">A</i>')).toThrow(/attribute/);
  });
});
