import { readFileSync } from "node:fs";
import { toString } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { findArticle, findAuthor, findTopic, loadSite } from "@/lib/content";
import { contentLayout } from "@/lib/content/layout";

const site = await loadSite({ layout: contentLayout("content") });
const essay = findArticle(site, "can-anti-trafficking-be-rescued")!;
const text = toString(essay.body);
const source = readFileSync("content/articles/can-anti-trafficking-be-rescued.mdx", "utf8");

describe("the launch essay", () => {
  it("has the source's facts in its frontmatter", () => {
    expect(essay).toMatchObject({
      title: "Can Anti-Trafficking Be Rescued?",
      sentenceCaseTitle: "Can anti-trafficking be rescued?",
      published: "2020-06-17",
      authors: ["kate-dadamo"],
      topics: ["sex-workers-rights-and-human-trafficking"],
      section: "Campaign and Advocacy",
      originalUrl: "https://reframehealthandjustice.medium.com/can-anti-trafficking-be-rescued-5688c3221173",
      draft: false,
    });
    expect(findAuthor(site, "kate-dadamo")?.name).toBe("Kate D’Adamo");
    expect(findTopic(site, "sex-workers-rights-and-human-trafficking")?.name).toBe("Sex Workers’ Rights and Human Trafficking");
    expect(site.collective.description).toBe(
      "A collective of individuals dedicated to reframing the sociopolitical paradigms through which we understand race, gender, health, and justice.",
    );
  });

  it("lists the five action steps in the source's order", () => {
    expect(essay.actionSteps.map((step) => step.title)).toEqual([
      "Support Holding Law Enforcement Accountable. Their Behavior Reflects on You.",
      "Be Prepared to Change Your Enforcement Partners.",
      "Engage in Organizational Self-Reflection.",
      "Re-Define Partnership",
      "Advocate For Legislative Change",
    ]);
  });

  it("restores the lost apostrophes and dashes", () => {
    for (const restored of ["the field’s entrenchment", "an identified victim’s needs", "a client’s visa process", "law enforcement’s inception", "slavery remains legal—prison", "difficult internal conversations—for some victims of harm"]) {
      expect(text).toContain(restored);
    }
    expect(text).not.toMatch(/fields entrenchment|victims needs|clients visa|enforcements inception/);
  });

  it("is set in true typography: a reader sees no typewriter quotes", () => {
    expect(essay.summary).toContain("Kate D’Adamo asks");
    for (const typeset of ["I don’t know.", "it won’t take", "We aren’t just dismantling", "your clients’ life", "Editor’s note: the text of the author’s first note"]) {
      expect(text).toContain(typeset);
    }
    expect(`${essay.title} ${essay.summary} ${text}`).not.toMatch(/['"]/);
  });

  it("keeps the ids readers link to", () => {
    expect(essay.actionSteps.map((step) => step.id)).toEqual([
      "support-holding-law-enforcement-accountable-their-behavior-reflects-on-you",
      "be-prepared-to-change-your-enforcement-partners",
      "engage-in-organizational-self-reflection",
      "re-define-partnership",
      "advocate-for-legislative-change",
    ]);
  });

  it("keeps the emphasised question", () => {
    expect(source).toContain("*can a field that relies on carceral[^2] penalties and approaches even be saved from its pro-police roots?*");
  });

  it("turns the five markers into footnotes that are labelled editor's notes", () => {
    for (let n = 1; n <= 5; n++) expect(source).toContain(`[^${n}]:`);
    expect(source).not.toMatch(/\(\d\)/);
    const notes = source.split("\n").filter((line) => line.startsWith("[^"));
    expect(notes).toHaveLength(5);
    for (const note of notes) {
      expect(note).toMatch(/^\[\^\d\]: Editor's note: /);
      expect(note).not.toMatch(/https?:\/\//);
    }
  });

  it("publishes lost links as plain text and none of the host's page chrome", () => {
    expect(source).not.toMatch(/\]\(#\)|readmore|Love podcasts|Knowable|Karishma/);
    expect(text).toContain("Angela Davis described");
    expect(text).toContain("local chapter of Black Lives Matter");
  });
});
