import type { Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { compareFidelity, measureEssay, measurePost, wordsOf } from "@/lib/import/fidelity";

/** The fidelity figures on small posts and essays written as HTML, each losing one thing. */
const tree = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
const noNotes = { found: 0, paired: 0, markersWithoutNote: [], notesWithoutMarker: [] };
const compare = (post: string, essay: string, replaced: Parameters<typeof compareFidelity>[2]["replaced"] = []) =>
  compareFidelity(measurePost(tree(post)), measureEssay(tree(essay)), { replaced, notes: noNotes });

describe("the import's fidelity figures", () => {
  it("find nothing lost when the essay reads as the post did, markers and footnotes aside", () => {
    const fidelity = compare(
      '<h3>Why</h3><p>Care works.¹ See <a href="https://example.org/a?utm_source=x">the study</a>.</p><ul><li>One</li><li>Two</li></ul>',
      '<h2>Why</h2><p>Care works.<sup><a href="#fn-1" data-footnote-ref>1</a></sup> See <a href="https://example.org/a">the study</a>.</p><ul><li>One</li><li>Two</li></ul>' +
        '<section data-footnotes><h2 id="footnote-label">Footnotes</h2><ol><li><p>A note. <a href="#ref" data-footnote-backref>↩</a></p></li></ol></section>',
    );
    expect(fidelity.losses).toEqual([]);
    expect(fidelity.words).toEqual({ in: 8, kept: 8, share: 1 });
    expect(fidelity.links).toEqual({ in: 1, kept: 1, share: 1 });
    expect(fidelity.headings).toEqual({ in: 1, out: 1 });
    expect(fidelity.listItems).toEqual({ in: 2, out: 2 });
  });

  it("name the block a word or a link went missing from, and a heading that is no longer one", () => {
    const fidelity = compare(
      '<h3>Introduction</h3><p>First paragraph.</p><figure><figcaption>Photo by <a href="https://unsplash.com/@jane">Jane Doe</a> on Unsplash</figcaption></figure>',
      "<p>First paragraph.</p><p>Photo by on Unsplash</p>",
    );
    expect(fidelity.words).toEqual({ in: 9, kept: 6, share: 6 / 9 });
    expect(fidelity.links).toEqual({ in: 1, kept: 0, share: 0 });
    expect(fidelity.losses).toEqual([
      { where: "heading 1 (“Introduction”)", what: "1 of its 1 words are missing: introduction" },
      { where: "caption 1 (“Photo by Jane Doe on Unsplash”)", what: "2 of its 6 words are missing: jane doe" },
      { where: "caption 1 (“Photo by Jane Doe on Unsplash”)", what: "the link “Jane Doe” to https://unsplash.com/@jane is missing" },
      { where: "heading “Introduction”", what: "is no longer a heading" },
      { where: "the whole post", what: "headings: 1 in, 0 out" },
    ]);
  });

  it("count what a step replaced on purpose as replaced, not lost, and an address linked in code as kept when the code still shows it", () => {
    const fidelity = compare(
      '<p>Text.</p><pre>curl <a href="https://example.org/api">https://example.org/api</a> @State</pre><h3>Notes</h3>',
      "<p>Text.</p><pre><code>curl https://example.org/api @State</code></pre>",
      [{ what: "the notes heading", text: "Notes", kind: "headings" }],
    );
    expect(fidelity.losses).toEqual([]);
    expect(fidelity.replaced).toEqual([{ what: "the notes heading", words: 1 }]);
    expect(fidelity.headings).toEqual({ in: 0, out: 0 });
  });

  it("read words in any script, with either apostrophe, and a drop cap as part of its word", () => {
    expect(wordsOf("Don’t stop: स्वास्थ्य न्याय, Справедливость, 健康与正义")).toEqual(["don't", "stop", "स्वास्थ्य", "न्याय", "справедливость", "健康与正义"]);
    const fidelity = compare('<p><span class="graf-dropCap">M</span>achine learning</p>', "<p>Machine learning</p>");
    expect(fidelity.losses).toEqual([]);
  });
});
