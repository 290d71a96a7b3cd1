import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { frontmatterTable, withGeneratedTables } from "@/lib/content/frontmatter-reference";
import packageJson from "../../package.json";

const DOCS = ["README.md", ...readdirSync("docs").filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
const read = (file: string) => readFileSync(file, "utf8");

/** Text outside code blocks and code spans, where links are links, not examples of what an editor types. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = anchorOf(heading);
    const count = seen.get(base) ?? 0;
    anchors.add(count ? `${base}-${count}` : base);
    seen.set(base, count + 1);
  }
  return anchors;
}

function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target).filter((target) => !/^[a-z]+:/i.test(target));
}

describe("the documentation", () => {
  it.each(DOCS)("%s: every relative link leads to a file, and every #anchor to a heading in it", (file) => {
    const broken: string[] = [];
    for (const link of relativeLinks(read(file))) {
      const [target, anchor] = link.split("#");
      const resolved = target ? path.join(path.dirname(file), target) : file;
      if (!existsSync(resolved)) broken.push(`${link} (no file ${resolved})`);
      else if (anchor && resolved.endsWith(".md") && !anchorsIn(read(resolved)).has(anchor)) broken.push(`${link} (no heading #${anchor} in ${resolved})`);
    }
    expect(broken).toEqual([]);
  });

  it.each(DOCS)("%s: every `npm run` script it names exists", (file) => {
    const scripts = Object.keys(packageJson.scripts);
    const named = [...read(file).matchAll(/npm run ([a-z][\w:-]*)/g)].map(([, name]) => name);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it.each(DOCS.filter((file) => file.startsWith("docs/")))("%s opens with a paragraph saying what it is for", (file) => {
    const [, afterTitle] = read(file).split(/^# .+\n\n/m);
    expect(afterTitle, "a title line, a blank line, then a paragraph").toBeDefined();
    expect(afterTitle.split("\n")[0]).toMatch(/^[A-Z`*]/);
  });

  it("keeps the README to two screens, opening with the two commands", () => {
    const readme = read("README.md");
    expect(readme.split("\n").length).toBeLessThanOrEqual(150);
    expect(readme.split("```")[1]).toMatch(/npm run build && npm start[\s\S]*npm test/);
  });

  it("names every dependency in docs/dependencies.md, and every runtime one in the README", () => {
    const dependencies = read("docs/dependencies.md");
    const readme = read("README.md");
    const all = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.devDependencies).filter((name) => !name.startsWith("@types/"))];
    expect(all.filter((name) => !dependencies.includes(`\`${name}\``))).toEqual([]);
    expect(Object.keys(packageJson.dependencies).filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});

describe("the editor's guide", () => {
  it("has frontmatter tables that match the schema (run npm run docs:frontmatter after changing it)", () => {
    const docs = read("docs/editing.md");
    expect(withGeneratedTables(docs)).toBe(docs);
  });

  it("generates one row per field with whether it is required", () => {
    const table = frontmatterTable(z.strictObject({ name: z.string().describe("A name."), flag: z.boolean().default(false) }));
    expect(table.split("\n").slice(2)).toEqual(["| `name` | yes | text | A name. |", "| `flag` | no (default false) | true or false |  |"]);
  });

  it("is linked from the README", () => {
    expect(read("README.md")).toContain("(docs/editing.md)");
  });
});
