import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content";
import { slugForTitle } from "@/lib/content/scaffold";
import { contentWith } from "./fixture-content";

function runNew(contentDir: string, args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/new-article.mts", ...args], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
}

describe("npm run new", () => {
  it("makes slugs with a slug library", () => {
    expect(slugForTitle("Sex Workers' Rights: A Primer")).toBe("sex-workers-rights-a-primer");
    expect(slugForTitle("Café & Crème — 2020")).toBe("cafe-and-creme-2020");
  });

  it("writes a draft that passes the content check, and refuses to overwrite it", async () => {
    const layout = contentWith();
    const first = runNew(layout.root, ["Can We Do Better?", "--author", "ada-writer", "--topic", "health"]);
    expect(first.status, first.stderr).toBe(0);
    const file = path.join(layout.articlesDir, "can-we-do-better.mdx");
    const text = readFileSync(file, "utf8");
    expect(text).toContain('title: "Can We Do Better?"');
    expect(text).toContain("draft: true");

    const result = await checkContent({ layout, includeDrafts: true });
    expect(result.problems).toEqual([]);
    const article = result.site!.articles.find((candidate) => candidate.slug === "can-we-do-better")!;
    expect(article.draft).toBe(true);
    expect(article.actionSteps.map((step) => step.title)).toEqual(["The first step a reader can take", "The second step"]);

    const second = runNew(layout.root, ["Can We Do Better?", "--author", "ben-editor"]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("already exists; nothing was written");
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("refuses an unknown author with a suggestion and writes nothing", () => {
    const layout = contentWith();
    const result = runNew(layout.root, ["Another Essay", "--author", "ada-writr"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No author "ada-writr" in content/authors/ (did you mean "ada-writer"?)');
    expect(existsSync(path.join(layout.articlesDir, "another-essay.mdx"))).toBe(false);
  });
});
