import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CMS_AUTH_CALLBACK_PATH, CMS_AUTH_START_PATH } from "@/lib/cms-auth/paths";

const docs = readFileSync("docs/deploying.md", "utf8");
const packageJson = JSON.parse(readFileSync("package.json", "utf8")) as { devDependencies: Record<string, string> };

describe("the deploying guide", () => {
  it("names the wrangler release the project pins", () => {
    expect(docs).toContain(`pinned at **${packageJson.devDependencies.wrangler}**`);
  });

  it("gives the sign-in's own addresses for the OAuth app", () => {
    expect(docs).toContain(`https://reframe.example${CMS_AUTH_CALLBACK_PATH}`);
    expect(docs).toContain(`https://reframe.example${CMS_AUTH_START_PATH}`);
  });
});
