import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { frontmatterTable, withGeneratedTables } from "@/lib/content/frontmatter-reference";

describe("the editor's guide", () => {
  it("has frontmatter tables that match the schema (run npm run docs:frontmatter after changing it)", () => {
    const docs = readFileSync("docs/editing.md", "utf8");
    expect(withGeneratedTables(docs)).toBe(docs);
  });

  it("generates one row per field with whether it is required", () => {
    const table = frontmatterTable(z.strictObject({ name: z.string().describe("A name."), flag: z.boolean().default(false) }));
    expect(table.split("\n").slice(2)).toEqual(["| `name` | yes | text | A name. |", "| `flag` | no (default false) | true or false |  |"]);
  });

  it("is linked from the README", () => {
    expect(readFileSync("README.md", "utf8")).toContain("(docs/editing.md)");
  });
});
