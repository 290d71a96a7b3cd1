import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { findArticle, loadSite } from "@/lib/content";
import { withSidenotes } from "@/lib/article-tree/sidenotes";
import { contentLayout } from "@/lib/content/layout";
import { compileBody } from "@/lib/content/mdx";
import { visitParents } from "unist-util-visit-parents";

/** The tag names of the elements around each sidenote, outermost first. */
function sidenoteAncestors(tree: Root): string[][] {
  const found: string[][] = [];
  visitParents(tree, "element", (node, ancestors) => {
    if (Array.isArray(node.properties.className) && node.properties.className.includes("sidenote")) {
      found.push(ancestors.filter((ancestor): ancestor is Element => ancestor.type === "element").map((ancestor) => ancestor.tagName));
    }
  });
  return found;
}

async function sidenotesOf(markdown: string): Promise<Root> {
  const compiled = await compileBody(markdown, "notes.mdx");
  if (!compiled.ok) throw new Error("did not compile");
  return withSidenotes(compiled.tree);
}

describe("sidenotes are set upright, outside the emphasis that holds their reference", () => {
  it("the essay's second note, cited inside the italic question, sits after the <em>, in the paragraph", async () => {
    const site = await loadSite({ layout: contentLayout("content") });
    const tree = withSidenotes(findArticle(site, "can-anti-trafficking-be-rescued")!.body);
    expect(sidenoteAncestors(tree)).toEqual([["p"], ["p"], ["p"], ["p"], ["p"]]);
    expect(toHtml(tree)).toMatch(/pro-police roots\?<\/em><span class="sidenote"[^>]*><span class="sidenote-number">2\.<\/span> <span class="sidenote-block">Editor’s note/);
  });

  it("a reference inside nested emphasis and a link goes after the outermost one, and two notes keep their order", async () => {
    const tree = await sidenotesOf("Plain *italic **bold [link](https://example.org)[^a]** and[^b]* end.\n\n[^a]: First.\n\n[^b]: Second.\n");
    expect(sidenoteAncestors(tree)).toEqual([["p"], ["p"]]);
    expect(toHtml(tree)).toMatch(/and<sup>.*<\/sup><\/em><span class="sidenote"[^>]*><span class="sidenote-number">1\.<\/span> <span class="sidenote-block">First\. <\/span><\/span><span class="sidenote"[^>]*><span class="sidenote-number">2\.<\/span> <span class="sidenote-block">Second\. <\/span><\/span> end\./);
  });

  it("a reference in plain text stays right after its marker", async () => {
    const tree = await sidenotesOf("Before[^a] after.\n\n[^a]: Note.\n");
    expect(toHtml(tree)).toMatch(/Before<sup>.*<\/sup><span class="sidenote"[^>]*><span class="sidenote-number">1\.<\/span> <span class="sidenote-block">Note\. <\/span><\/span> after\./);
  });
});
