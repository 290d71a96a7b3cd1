import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { formatReport } from "@/lib/content/report";
import { contentWith, FIXTURES } from "./fixture-content";

function runCheck(contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.mts", ...args], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: contentDir, CONTENT_CACHE: "off", GITHUB_ACTIONS: "", ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run check", () => {
  it("exits 0 with a one-line summary when the content is clean", () => {
    const result = runCheck(`${FIXTURES}/valid`);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe("Content OK: 9 files checked, 4 articles, no problems.");
  });

  it("exits 1 and lists every problem grouped by file", () => {
    const layout = contentWith("bad-date.mdx", "unknown-key.mdx");
    const result = runCheck(layout.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/articles\/bad-date\.mdx \(1 problem\)\n {2}.*articles\/bad-date\.mdx:4:12 {2}published: expected a date like 2020-06-17, found "June 17"/);
    expect(result.stderr).toMatch(/articles\/unknown-key\.mdx:5:1 {2}authers: unknown field \(did you mean "authors"\?\)/);
    expect(result.stderr).toContain("2 problems in 2 files");
  });

  it("speaks JSON for tools", () => {
    const layout = contentWith("bad-date.mdx");
    const result = runCheck(layout.root, ["--format", "json"]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; problems: { file: string; line: number; column: number; field: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ line: 4, column: 12, field: "published", file: expect.stringMatching(/bad-date\.mdx$/) })]);
  });

  it("annotates the pull request on GitHub Actions", () => {
    const layout = contentWith("bad-date.mdx");
    const result = runCheck(layout.root, [], { GITHUB_ACTIONS: "true" });
    expect(result.stdout).toMatch(/^::error file=.*bad-date\.mdx,line=4,col=12,title=Content%3A published::published: expected a date like 2020-06-17, found "June 17"$/m);
  });
});

describe("report formats", () => {
  it("escapes GitHub annotation properties and data", () => {
    const line = formatReport([{ file: "a,b.mdx", line: 1, column: 2, field: "x", message: "50% done\nnext" }], "github");
    expect(line).toBe("::error file=a%2Cb.mdx,line=1,col=2,title=Content%3A x::x: 50%25 done%0Anext");
  });
});
