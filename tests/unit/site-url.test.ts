import { execFileSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { siteOrigin } from "@/lib/site-url";

const saved = process.env.SITE_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = saved;
});

describe("SITE_URL", () => {
  it("is the site's origin, with or without a final slash", () => {
    for (const value of ["https://reframe.example", "https://reframe.example/", "https://collective.github.io/"]) {
      process.env.SITE_URL = value;
      expect(siteOrigin()).toBe(new URL(value).origin);
    }
  });

  it("refuses a sub-path, such as a GitHub Pages project site's, since every link starts at the root", () => {
    process.env.SITE_URL = "https://collective.github.io/reframe";
    expect(() => siteOrigin()).toThrow(/no path: found "https:\/\/collective\.github\.io\/reframe"\. A GitHub Pages project site needs a custom domain/);
  });

  it("stops the static build at once when it is a sub-path, before building anything", () => {
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync("npx", ["tsx", "scripts/build-static.mts", "--out", "bench/tmp/never-built"], { env: { ...process.env, SITE_URL: "https://collective.github.io/reframe" }, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain("A GitHub Pages project site needs a custom domain");
  });
});
