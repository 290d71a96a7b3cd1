import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildId, buildInputFiles } from "@/lib/build-id";

/**
 * The build ID decides whether a build may keep the previous build's outputs
 * (scripts/lib/build-site.mts): it must change with anything that changes what
 * a build makes from the same content, and with nothing else.
 */
describe("the build ID", () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const environment = { SITE_URL: "https://example.org" };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "build-id-"));
    for (const [file, text] of Object.entries({
      "app/page.tsx": "export default function Home() {}",
      "components/reader-scripts/bundles/essay.ts": "startFootnotes();",
      "lib/site.ts": "export const site = 1;",
      "functions/api/cms-auth/auth.ts": "export const onRequest = 1;",
      "next.config.ts": "export default {};",
      "package.json": "{}",
      "package-lock.json": '{"lockfileVersion":3}',
      "wrangler.toml": 'name = "site"',
      "content/articles/an-essay.mdx": "---\ntitle: An essay\n---\nText.",
      "tests/unit/a.test.ts": "it()",
      "scripts/bench/run.mts": "bench()",
    })) write(file, text);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("is the same for the same tree, twenty hexadecimal digits as Next puts in addresses", () => {
    expect(buildId(root, environment)).toMatch(/^[0-9a-f]{20}$/);
    expect(buildId(root, environment)).toBe(buildId(root, { ...environment }));
  });

  it.each([
    ["a route", "app/page.tsx"],
    ["a reader script's source", "components/reader-scripts/bundles/essay.ts"],
    ["the library code", "lib/site.ts"],
    ["a Pages Function", "functions/api/cms-auth/auth.ts"],
    ["the Next configuration", "next.config.ts"],
    ["the lockfile", "package-lock.json"],
    ["the host's configuration", "wrangler.toml"],
  ])("changes with %s", (_what, file) => {
    const before = buildId(root, environment);
    write(file, "changed");
    expect(buildId(root, environment)).not.toBe(before);
  });

  it("changes with a new code file and with the site's address", () => {
    const before = buildId(root, environment);
    expect(buildId(root, { SITE_URL: "https://example.net" })).not.toBe(before);
    write("lib/new-module.ts", "export {};");
    expect(buildId(root, environment)).not.toBe(before);
  });

  it("stays the same when only content, tests or the bench change: the build plan decides what content rebuilds", () => {
    const before = buildId(root, environment);
    write("content/articles/an-essay.mdx", "---\ntitle: Another title\n---\nText.");
    write("tests/unit/a.test.ts", "it.skip()");
    write("scripts/bench/run.mts", "bench(2)");
    expect(buildId(root, environment)).toBe(before);
    expect(buildInputFiles(root)).not.toContain("content/articles/an-essay.mdx");
  });
});
