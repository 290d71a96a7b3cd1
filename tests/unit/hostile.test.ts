import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { toHtml } from "hast-util-to-html";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContent, formatProblems, loadSite } from "@/lib/content";
import { contentWith } from "./fixture-content";

/**
 * Pull requests that try to run code, read the environment, write a file, or
 * inject script or style. Each must be refused with a message naming its file,
 * and none may have any effect.
 */
const HOSTILE = path.resolve(__dirname, "../fixtures/hostile");
const CANARY = "/tmp/rhj-canary";
const SECRET = `secret-${Math.random().toString(36).slice(2)}`;
const fixtures = readdirSync(HOSTILE).filter((name) => name.endsWith(".mdx")).sort();

beforeAll(() => {
  rmSync(CANARY, { force: true });
  process.env.RHJ_SECRET_FOR_TESTS = SECRET;
});
afterAll(() => {
  delete process.env.RHJ_SECRET_FOR_TESTS;
});

function layoutWith(name: string) {
  const layout = contentWith();
  cpSync(path.join(HOSTILE, name), path.join(layout.articlesDir, name));
  return layout;
}

describe("hostile content is refused before anything runs", () => {
  it("has at least twenty different attacks", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures)("%s is refused with a message naming the file", async (name) => {
    const result = await checkContent({ layout: layoutWith(name), includeDrafts: true });
    expect(result.site).toBeUndefined();
    const ownProblems = result.problems.filter((problem) => problem.file.endsWith(`articles/${name}`));
    expect(ownProblems.length, formatProblems(result.problems)).toBeGreaterThan(0);
    for (const problem of ownProblems) expect(problem.line).toBeGreaterThanOrEqual(1);
    const output = formatProblems(result.problems);
    expect(output).not.toContain(SECRET);
    expect(existsSync(CANARY)).toBe(false);
  });

  it("the build's loader refuses them too, and no output carries the secret", async () => {
    for (const name of fixtures) {
      const error = await loadSite({ layout: layoutWith(name), includeDrafts: true }).then(
        () => undefined,
        (caught: Error) => caught,
      );
      expect(error?.message, name).toContain(`articles/${name}`);
      expect(error?.message).not.toContain(SECRET);
    }
    expect(existsSync(CANARY)).toBe(false);
  });

  it("the valid site renders with no script, style or handler from content", async () => {
    const site = await loadSite({ layout: contentWith(), includeDrafts: true });
    for (const article of site.articles) {
      const html = toHtml(article.body);
      expect(html).not.toMatch(/<script|<style|<iframe|\son[a-z]+=|javascript:/i);
      expect(html).not.toContain(SECRET);
    }
  });

  it("no fixture's text ends up in the canary file", () => {
    expect(existsSync(CANARY) ? readFileSync(CANARY, "utf8") : "").toBe("");
  });
});
