import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { READER_BUNDLES, READER_SCRIPTS_ENTRY_DIR, readerBundle, readerBundles } from "@/lib/reader-scripts/bundles";

describe("the reader scripts pages load", () => {
  it("are the bundles listed, one entry file each", () => {
    expect(readdirSync(READER_SCRIPTS_ENTRY_DIR).sort()).toEqual(READER_BUNDLES.map((name) => `${name}.ts`).sort());
  });

  it("are each one standalone classic script, with nothing left to import but the search index", async () => {
    for (const bundle of readerBundles()) {
      expect(bundle.code, bundle.name).toMatch(/^("use strict";)?\(\(\)=>\{/);
      expect(bundle.code, bundle.name).not.toMatch(/(^|[;}])\s*(import|export)\s[^(]/m);
      // No framework inside, and nothing loaded from Next's folder (`__next_f` is only looked for, under `next dev`).
      expect(bundle.code, bundle.name).not.toMatch(/react/i);
      expect(bundle.code, bundle.name).not.toContain("/_next/");
      // The search page loads Pagefind's module, built with the index, from this origin as it is.
      expect([...bundle.code.matchAll(/import\(/g)].length, bundle.name).toBe(bundle.name === "search" ? 1 : 0);
      if (bundle.name === "search") expect(bundle.code).toContain('"/pagefind/pagefind.js"');
    }
  });

  it("are named by a hash of their text, served from /reader-scripts/", async () => {
    const bundles = readerBundles();
    for (const bundle of bundles) expect(bundle.url).toBe(`/reader-scripts/${bundle.name}.${bundle.file.split(".")[1]}.js`);
    expect(bundles.map((bundle) => bundle.file)).toEqual(bundles.map((bundle) => expect.stringMatching(new RegExp(`^${bundle.name}\\.[0-9a-f]{12}\\.js$`))));
    // Made once per process: asking again gives the same file.
    expect((readerBundle("essay")).file).toBe(bundles.find((bundle) => bundle.name === "essay")!.file);
  });

  it("start each behaviour they carry", async () => {
    const essay = (readerBundle("essay")).code;
    // The markers the browser tests wait for, and the messages readers hear.
    expect(essay).toContain("footnotePreviews");
    expect(essay).toContain("Link copied: ");
    expect(essay).toContain("The citation could not be copied");
    expect(essay).toContain('aria-current","step"');
    expect((readerBundle("exit-this-page")).code).toContain("exitScript");
    expect((readerBundle("search")).code).toContain("No essays match");
  });
});
