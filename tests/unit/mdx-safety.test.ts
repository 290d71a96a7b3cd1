import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { compileBody } from "@/lib/content/mdx";

async function refusal(body: string) {
  const result = await compileBody(body, "x.mdx");
  if (result.ok) throw new Error(`expected a refusal for ${body}`);
  return result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.field}: ${problem.message}`);
}

describe("MDX bodies are data, never code", () => {
  it.each([
    ["import", "import fs from 'node:fs'", /1:1 import\/export: import and export statements are not allowed/],
    ["export", "export const x = process.env", /1:1 import\/export:/],
    ["an expression in text", "Hello {process.env.SECRET}", /1:7 \{expression\}: curly-brace expressions run code/],
    ["an expression in flow", "{globalThis.fetch('x')}", /1:1 \{expression\}:/],
    ["an expression attribute", '<abbr title={process.env.SECRET}>x</abbr>', /attribute values must be plain text/],
    ["a spread attribute", "<abbr {...process.env}>x</abbr>", /spread attributes/],
    ["a script element", "<script>alert(1)</script>", /<script> is not allowed/],
    ["a style element", "<style>{'body{display:none}'}</style>", /<style> is not allowed/],
    ["an iframe", '<iframe src="https://example.org" />', /<iframe> is not allowed/],
    ["an unknown component", "<Secret />", /<Secret> is not an allowed element or content component/],
    ["an event handler", '<span onMouseOver="alert(1)">x</span>', /event handler attributes/],
    ["a javascript: link", "[x](javascript:alert(1))", /links may only use http, https or mailto addresses; found a "javascript:" address/],
    ["a data: link", "[x](data:text/html,hi)", /found a "data:" address/],
    ["a remote image", "![x](https://tracker.example/pixel.gif)", /images must be files in public\//],
  ])("refuses %s", async (_, body, message) => {
    expect(await refusal(body)).toContainEqual(expect.stringMatching(message));
  });

  it("renders footnotes that link both ways and headings with ids", async () => {
    const result = await compileBody("Text.[^a]\n\n## A Heading\n\n[^a]: The note.", "x.mdx");
    expect(result.ok).toBe(true);
    const html = toHtml((result as { ok: true; tree: Parameters<typeof toHtml>[0] }).tree);
    expect(html).toContain('<h2 id="a-heading">A Heading</h2>');
    expect(html).toMatch(/<a href="#user-content-fn-a" id="user-content-fnref-a"/);
    expect(html).toMatch(/<li id="user-content-fn-a">[\s\S]*href="#user-content-fnref-a"/);
  });

  it("turns <ActionSteps> into a headed, numbered section", async () => {
    const result = await compileBody("<ActionSteps>\n\n### One\n\nWhy.\n\n### Two\n\n</ActionSteps>", "x.mdx");
    const html = toHtml((result as { ok: true; tree: Parameters<typeof toHtml>[0] }).tree);
    expect(html).toBe(
      '<section class="action-steps" aria-labelledby="action-steps"><h2 id="action-steps">Action steps</h2><ol class="action-step-list"><li class="action-step"><h3 id="one">One</h3><p>Why.</p></li><li class="action-step"><h3 id="two">Two</h3></li></ol></section>',
    );
  });
});

describe("a < that starts no tag is reported at the <", () => {
  it.each([
    ["before a number", "Under <5% of them", "1:7"],
    ["at a paragraph's end", "Fewer than </\n\nof them", "1:12"],
    ["with a blank line between it and what it refused", "</\n\n% of them", "1:1"],
    ["at the end of the text", "Text\n\nfewer than <", "3:12"],
    ["an HTML comment", "Text\n\n<!-- note -->", "3:1"],
  ])("%s", async (_, body, place) => {
    expect(await refusal(body)).toEqual([expect.stringMatching(new RegExp(`^${place} MDX: (a < that does not start a tag|<!-- --> comments are not allowed)`))]);
  });
});
