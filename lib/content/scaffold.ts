import slugify from "@sindresorhus/slugify";

/** What `npm run new` writes: a draft that passes the check and shows every feature an essay can use. */

export function slugForTitle(title: string): string {
  return slugify(title, { decamelize: false });
}

export function articleScaffold({ title, authors, topics, today }: { title: string; authors: string[]; topics: string[]; today: string }): string {
  const yamlString = (value: string) => JSON.stringify(value);
  const list = (items: string[]) => (items.length === 0 ? " []" : `\n${items.map((item) => `  - ${item}`).join("\n")}`);
  return `---
title: ${yamlString(title)}
summary: "One or two sentences that say what this essay argues. They appear in lists and in search results."
published: ${today}
authors:${list(authors)}
topics:${list(topics)}
draft: true
---

Write the essay here, in plain Markdown. A paragraph is separated from the next by an empty line.
A footnote is a marker in the text[^1] and its note at the end of the file.

## A section heading

Links to other sites look like [this](https://example.org), and links to the site's own pages
start with a slash, like [the collective](/collective).

<ActionSteps>

Anything here, before the first step, introduces the steps.

### The first step a reader can take

What it involves, in a sentence or two.

### The second step

</ActionSteps>

[^1]: The text of the note. Remove this example before publishing.
`;
}
