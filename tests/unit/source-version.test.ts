import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceVersion } from "@/lib/source-version";
import { contentHash } from "@/lib/content/tree-cache";

/** A project folder holding the given files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "source-version-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe("the version of the code behind a build cache", () => {
  const files = ["lib/pipeline.ts", "package-lock.json"];

  it("is the same for the same code, so a rebuild finds what the last build cached", () => {
    const first = project({ "lib/pipeline.ts": "export const x = 1;", "package-lock.json": '{"lockfileVersion":3}' });
    const second = project({ "lib/pipeline.ts": "export const x = 1;", "package-lock.json": '{"lockfileVersion":3}' });
    expect(sourceVersion(files, first)).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceVersion(files, second)).toBe(sourceVersion(files, first));
  });

  it("changes with any of the files, a library's version in the lock file included", () => {
    const base = sourceVersion(files, project({ "lib/pipeline.ts": "export const x = 1;", "package-lock.json": '{"remark-gfm":"4.0.0"}' }));
    const codeChanged = sourceVersion(files, project({ "lib/pipeline.ts": "export const x = 2;", "package-lock.json": '{"remark-gfm":"4.0.0"}' }));
    const libraryChanged = sourceVersion(files, project({ "lib/pipeline.ts": "export const x = 1;", "package-lock.json": '{"remark-gfm":"4.0.1"}' }));
    expect(new Set([base, codeChanged, libraryChanged]).size).toBe(3);
  });

  it("is undefined when a file is missing, so nothing is cached under a key that does not cover it", () => {
    expect(sourceVersion(files, project({ "lib/pipeline.ts": "export const x = 1;" }))).toBeUndefined();
  });

  it("keys a compiled tree by the essay's text and this project's pipeline", () => {
    expect(contentHash("Some text.")).toBe(contentHash("Some text."));
    expect(contentHash("Some text.")).not.toBe(contentHash("Some text!"));
    expect(sourceVersion(["lib/content/mdx.ts", "package-lock.json"])).toBeDefined();
  });
});
