/**
 * `npm run docs:frontmatter`: regenerates the frontmatter tables in
 * docs/editing.md from the zod schemas. A unit test fails when they differ.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { withGeneratedTables } from "../lib/content/frontmatter-reference";

const file = "docs/editing.md";
const before = readFileSync(file, "utf8");
const after = withGeneratedTables(before);
if (after === before) {
  console.log(`${file} is up to date.`);
} else {
  writeFileSync(file, after);
  console.log(`Updated the frontmatter tables in ${file}.`);
}
