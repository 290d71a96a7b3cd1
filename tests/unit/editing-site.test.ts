import { readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { EditingSite } from "@/lib/content/editing-site";
import { formatProblem } from "@/lib/content";
import { describeFile } from "@/lib/content/layout";
import { problemsAt } from "@/lib/content/queries";
import { contentWith } from "./fixture-content";

// The tree cache on disk would hide whether a file was compiled again.
process.env.CONTENT_CACHE = "off";

describe("the site while editing", () => {
  let layout: ReturnType<typeof contentWith>;
  let editing: EditingSite;
  const articleFile = (slug: string) => path.join(layout.articlesDir, `${slug}.mdx`);
  const displayed = (file: string) => describeFile(file).displayPath;
  const titles = async () => (await editing.load()).site.articles.map((article) => article.title);

  beforeEach(async () => {
    layout = contentWith();
    editing = new EditingSite(layout);
    await editing.load();
  });

  it("reads every file once, then nothing until a file changes", async () => {
    const first = await editing.load();
    expect(editing.lastReload.compiled).toHaveLength(9);
    const again = await editing.load();
    expect(again.site).toBe(first.site);
  });

  it("reads and compiles only the file that changed, and shows the change", async () => {
    const file = articleFile("older-essay");
    writeFileSync(file, readFileSync(file, "utf8").replace("title: An Older Essay", "title: An Edited Essay"));
    expect(await titles()).toContain("An Edited Essay");
    expect(editing.lastReload).toEqual({ read: [displayed(file)], compiled: [displayed(file)] });
  });

  it("does not compile a file again when only its modification time moved", async () => {
    const file = articleFile("older-essay");
    const before = (await editing.load()).site;
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const after = (await editing.load()).site;
    expect(editing.lastReload).toEqual({ read: [displayed(file)], compiled: [] });
    expect(after.articles.map((article) => article.title)).toEqual(before.articles.map((article) => article.title));
  });

  it("shows added, renamed and deleted essays", async () => {
    const added = articleFile("added-essay");
    writeFileSync(added, readFileSync(articleFile("older-essay"), "utf8").replace("title: An Older Essay", "title: An Added Essay"));
    expect(await titles()).toContain("An Added Essay");
    renameSync(added, articleFile("renamed-essay"));
    expect((await editing.load()).site.articles.map((article) => article.slug)).toContain("renamed-essay");
    rmSync(articleFile("renamed-essay"));
    expect(await titles()).not.toContain("An Added Essay");
  });

  it("follows changes to authors, topics and the collective, and the links between them", async () => {
    const ben = path.join(layout.authorsDir, "ben-editor.mdx");
    renameSync(ben, path.join(layout.authorsDir, "ben-writer.mdx"));
    const { problems } = await editing.load();
    expect(problems.map(formatProblem)).toContainEqual(expect.stringContaining('authors[1]: expected an author that has a file in content/authors/ (did you mean "ben-writer"?), found "ben-editor"'));
    renameSync(path.join(layout.authorsDir, "ben-writer.mdx"), ben);
    expect((await editing.load()).problems).toEqual([]);

    const collective = path.join(layout.root, "collective.mdx");
    writeFileSync(collective, readFileSync(collective, "utf8").replace("name: Fixture Collective", "name: Renamed Collective"));
    expect((await editing.load()).site.collective.name).toBe("Renamed Collective");

    const health = path.join(layout.topicsDir, "health.mdx");
    writeFileSync(health, readFileSync(health, "utf8").replace(/^name: .*$/m, "name: Public Health"));
    expect((await editing.load()).site.topics.find((topic) => topic.slug === "health")?.name).toBe("Public Health");
  });

  it("keeps showing the rest of the site when one file has a problem, and says where it is", async () => {
    const file = articleFile("older-essay");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace("title:", "titel:"));
    const { problems, site } = await editing.load();
    expect(site.articles.map((article) => article.slug)).toEqual(["unfinished-draft", "newer-essay", "care-without-cages"]);
    const own = problemsAt(site, "/articles/older-essay")!;
    expect(own).toMatchObject({ file: displayed(file), kind: "article", slug: "older-essay", shown: false });
    expect(own.problems.map(formatProblem)).toEqual(problems.map(formatProblem));
    const typo = `${displayed(file)}:2:1  titel: unknown field (did you mean "title"?); expected one of: title, summary, `;
    expect(own.problems.map(formatProblem).filter((line) => line.startsWith(typo))).toHaveLength(1);

    writeFileSync(file, original);
    const fixed = await editing.load();
    expect(fixed.problems).toEqual([]);
    expect(fixed.site.problems).toBeUndefined();
    expect(fixed.site.articles.map((article) => article.slug)).toContain("older-essay");
  });
});
