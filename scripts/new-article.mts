/**
 * `npm run new -- "Title of the essay" --author kate-dadamo [--topic slug ...]`
 * writes content/articles/<slug>.mdx as a draft that passes the content check.
 * It never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { npmTookMessage, optionsNpmTook } from "./lib/npm-took-options.mjs";
import { contentLayout, listCollection } from "../lib/content/layout";
import { didYouMean } from "../lib/content/problems";
import { articleScaffold, slugForTitle } from "../lib/content/scaffold";

const usage = 'Usage: npm run new -- "Title of the essay" --author <author-slug> [--author <slug>] [--topic <topic-slug>]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const took = optionsNpmTook(["author", "topic"]);
if (took.length > 0) fail(npmTookMessage(took, 'npm run new -- "Title of the essay" --author <author-slug>'));

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { author: { type: "string", multiple: true }, topic: { type: "string", multiple: true } },
  });
} catch (error) {
  fail((error as Error).message);
}
const title = parsed.positionals.join(" ").trim();
if (!title) fail("Give the essay's title in quotes.");
const authors = parsed.values.author ?? [];
if (authors.length === 0) fail("Name at least one author with --author <slug>.");
const topics = parsed.values.topic ?? [];

const layout = contentLayout();
const knownAuthors = (await listCollection(layout.authorsDir)).map((file) => file.slug);
const knownTopics = (await listCollection(layout.topicsDir)).map((file) => file.slug);
const unknown = [
  ...authors.filter((slug) => !knownAuthors.includes(slug)).map((slug) => `No author "${slug}" in content/authors/${didYouMean(slug, knownAuthors)}. Known: ${knownAuthors.join(", ")}.`),
  ...topics.filter((slug) => !knownTopics.includes(slug)).map((slug) => `No topic "${slug}" in content/topics/${didYouMean(slug, knownTopics)}. Known: ${knownTopics.join(", ")}.`),
];
if (unknown.length > 0) fail(unknown.join("\n"));

const slug = slugForTitle(title);
if (!slug) fail(`The title "${title}" gives an empty address; use a title with letters or numbers.`);
const file = path.join(layout.articlesDir, `${slug}.mdx`);
const relative = path.relative(process.cwd(), file);
if (existsSync(file) || existsSync(file.replace(/\.mdx$/, ".md"))) fail(`${relative} already exists; nothing was written. Choose another title, or edit that file.`);

mkdirSync(layout.articlesDir, { recursive: true });
const today = new Date().toISOString().slice(0, 10);
writeFileSync(file, articleScaffold({ title, authors, topics, today }), { flag: "wx" });
console.log(`Wrote ${relative} (a draft). Edit it, run npm run check, and remove "draft: true" when it is ready.`);
