import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContent, formatProblem, loadSite } from "@/lib/content";
import { DEFAULT_EXIT_URL } from "@/lib/content/schema";
import { contentWith } from "./fixture-content";

function collectiveWith(exitLine: string) {
  const layout = contentWith();
  writeFileSync(layout.collectiveFile, `---\nname: Fixture Collective\ndescription: A collective used by the tests.\n${exitLine}\n---\n\nText.\n`);
  return layout;
}

describe("the exit control's neutral address", () => {
  it("defaults to a weather forecast when the collective does not name one", async () => {
    const site = await loadSite({ layout: contentWith() });
    expect(site.collective.exitUrl).toBe(DEFAULT_EXIT_URL);
    expect(new URL(DEFAULT_EXIT_URL).protocol).toBe("https:");
  });

  it("is the collective's own choice when it names one", async () => {
    const site = await loadSite({ layout: collectiveWith("exitUrl: https://www.metoffice.gov.uk/weather/forecast") });
    expect(site.collective.exitUrl).toBe("https://www.metoffice.gov.uk/weather/forecast");
  });

  for (const [value, what] of [
    ["http://example.org/weather", "a plain http address"],
    ["javascript:alert(1)", "a script"],
    ["weather", "not an address"],
  ] as const) {
    it(`refuses ${what}, naming the file and line`, async () => {
      const result = await checkContent({ layout: collectiveWith(`exitUrl: "${value}"`) });
      expect(result.site).toBeUndefined();
      expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(/collective\.mdx:4:\d+ {2}exitUrl: expected an https:\/\/ address/)]);
    });
  }
});
