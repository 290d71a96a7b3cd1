import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";

/**
 * A small site held as data, written out as content files, and the edits an
 * editor makes to one: the property tests of the incremental build apply
 * random sequences of these (tests/unit/build-plan.test.ts and
 * incremental-build.test.ts).
 */
export interface ModelEssay {
  slug: string;
  title: string;
  published: string;
  authors: number[];
  topics: number[];
  body: string;
  steps: boolean;
}

export interface ModelSite {
  collective: string;
  authors: string[];
  topics: string[];
  essays: ModelEssay[];
  /** The next new essay's number, so every slug is new. */
  next: number;
}

const WORDS = ["care", "justice", "health", "rights", "housing", "outreach", "policy", "safety", "work", "community", "trust", "harm", "support", "law", "choice"];
const NAMES = ["Ada Writer", "Ben Editor", "Cleo Organiser", "Dev Nurse", "Esi Lawyer", "Femi Poet", "Gil Medic"];
const TOPICS = ["Health", "Justice", "Housing", "Labour"];

const words = (count: number) => fc.array(fc.constantFrom(...WORDS), { minLength: count, maxLength: count + 3 });
const title = words(2).map((list) => list.map((word) => word[0].toUpperCase() + word.slice(1)).join(" "));
const date = fc.integer({ min: 0, max: 6 * 365 }).map((days) => new Date(Date.UTC(2019, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));
const body = fc.tuple(words(6), fc.boolean()).map(([list, note]) => `${list.join(" ")}.${note ? "[^1]\n\n[^1]: A note on it." : ""}`);

function essay(number: number, fields: Omit<ModelEssay, "slug">): ModelEssay {
  return { slug: `essay-${number}`, ...fields };
}

/** An essay's fields; its authors and topics are indexes into the site's lists, taken modulo their length. */
const essayFields = (people = fc.nat(), subjects = fc.nat()) =>
  fc.record({
    title,
    published: date,
    authors: fc.uniqueArray(people, { minLength: 1, maxLength: 2 }),
    topics: fc.uniqueArray(subjects, { minLength: 0, maxLength: 2 }),
    body,
    steps: fc.boolean(),
  });

/**
 * A site of `essays` essays (21 or more give the home page a second page) by
 * three of its four authors, on two of its three topics: an author and a topic
 * start with no essay, as a new one does, until an edit gives them one.
 */
export function modelSite(essays: number): fc.Arbitrary<ModelSite> {
  return fc.array(essayFields(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1 })), { minLength: essays, maxLength: essays }).map((list) => ({
    collective: "Fixture Collective",
    authors: NAMES.slice(0, 4),
    topics: TOPICS.slice(0, 3),
    essays: list.map((fields, index) => essay(index + 1, fields)),
    next: list.length + 1,
  }));
}

export type SiteEdit =
  | { kind: "body"; essay: number; body: string }
  | { kind: "title"; essay: number; title: string }
  | { kind: "date"; essay: number; published: string }
  | { kind: "author's name"; author: number; name: string }
  | { kind: "topic's name"; topic: number; name: string }
  | { kind: "add"; fields: Omit<ModelEssay, "slug"> }
  | { kind: "rename"; essay: number }
  | { kind: "delete"; essay: number };

export const siteEdit: fc.Arbitrary<SiteEdit> = fc.oneof(
  fc.record({ kind: fc.constant("body" as const), essay: fc.nat(), body }),
  fc.record({ kind: fc.constant("title" as const), essay: fc.nat(), title }),
  fc.record({ kind: fc.constant("date" as const), essay: fc.nat(), published: date }),
  fc.record({ kind: fc.constant("author's name" as const), author: fc.nat(), name: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant("topic's name" as const), topic: fc.nat(), name: fc.constantFrom(...TOPICS) }),
  fc.record({ kind: fc.constant("add" as const), fields: essayFields() }),
  fc.record({ kind: fc.constant("rename" as const), essay: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), essay: fc.nat() }),
);

/** The site after one edit (indexes wrap around; the last essay is never deleted). */
export function applyEdit(site: ModelSite, edit: SiteEdit): ModelSite {
  const essays = [...site.essays];
  const at = (index: number) => index % essays.length;
  switch (edit.kind) {
    case "body":
      essays[at(edit.essay)] = { ...essays[at(edit.essay)], body: edit.body };
      return { ...site, essays };
    case "title":
      essays[at(edit.essay)] = { ...essays[at(edit.essay)], title: edit.title };
      return { ...site, essays };
    case "date":
      essays[at(edit.essay)] = { ...essays[at(edit.essay)], published: edit.published };
      return { ...site, essays };
    case "author's name":
      return { ...site, authors: site.authors.map((name, index) => (index === edit.author % site.authors.length ? edit.name : name)) };
    case "topic's name":
      return { ...site, topics: site.topics.map((name, index) => (index === edit.topic % site.topics.length ? edit.name : name)) };
    case "add":
      return { ...site, essays: [...essays, essay(site.next, edit.fields)], next: site.next + 1 };
    case "rename": {
      const index = at(edit.essay);
      essays[index] = { ...essays[index], slug: `essay-${site.next}` };
      return { ...site, essays, next: site.next + 1 };
    }
    case "delete":
      if (essays.length > 1) essays.splice(at(edit.essay), 1);
      return { ...site, essays };
  }
}

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/** Writes the site as a content folder at `root`, replacing what was there. */
export function writeSite(site: ModelSite, root: string): void {
  rmSync(root, { recursive: true, force: true });
  for (const folder of ["articles", "authors", "topics"]) mkdirSync(path.join(root, folder), { recursive: true });
  writeFileSync(path.join(root, "collective.mdx"), `---\nname: ${site.collective}\ndescription: A collective used by the tests.\n---\n\nThe collective's page.\n`);
  // Authors and topics keep their slugs (their files) when their names change, as an editor's rename of a name does.
  site.authors.forEach((name, index) => writeFileSync(path.join(root, "authors", `author-${index + 1}.mdx`), `---\nname: ${name}\ndescription: ${name} writes for the tests.\n---\n\n${name} writes.\n`));
  site.topics.forEach((name, index) => writeFileSync(path.join(root, "topics", `topic-${index + 1}.mdx`), `---\nname: ${name}\ndescription: Essays about ${name.toLowerCase()}.\n---\n`));
  for (const each of site.essays) {
    const authors = [...new Set(each.authors.map((index) => index % site.authors.length))].map((index) => `  - author-${index + 1}`);
    const topics = [...new Set(each.topics.map((index) => index % site.topics.length))].map((index) => `  - topic-${index + 1}`);
    const steps = each.steps ? `\n\n<ActionSteps>\n\n### Write to ${slugOf(each.title)}\n\nWhy it matters.\n\n</ActionSteps>` : "";
    writeFileSync(
      path.join(root, "articles", `${each.slug}.mdx`),
      `---\ntitle: ${each.title}\nsummary: About ${each.title.toLowerCase()}.\npublished: ${each.published}\nauthors:\n${authors.join("\n")}\n${topics.length > 0 ? `topics:\n${topics.join("\n")}\n` : ""}---\n\n${each.body}${steps}\n`,
    );
  }
}
