import type { Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { rehypeDropUnsafe, rehypeEmbedsToLinks, rehypeLinksOutsideCode, rehypeSpacesOutsideFormatting } from "@/lib/import/html-cleanup";
import { toMdast, toMdx } from "@/lib/import/html-to-mdx";
import { ImportLog } from "@/lib/import/log";

/** The shared clean-up on plain HTML, as any source hands it on, through to MDX. */
function clean(html: string): { mdx: string; log: ImportLog } {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const log = new ImportLog();
  rehypeEmbedsToLinks({ log })(tree);
  rehypeDropUnsafe({ log })(tree);
  rehypeLinksOutsideCode()(tree);
  rehypeSpacesOutsideFormatting()(tree);
  return { mdx: toMdx(toMdast(tree)), log };
}

describe("the shared clean-up", () => {
  it("keeps a link set in inline code as a link around the code, which Markdown can write, and leaves code blocks exact", () => {
    const { mdx } = clean(
      '<p>Query with <code><a href="https://example.org/like">LIKE</a></code>, or <code>x = <a href="https://example.org/in">IN</a> (1, 2)</code>.</p>' +
        '<pre><code>curl <a href="https://example.org/api">https://example.org/api</a></code></pre>',
    );
    expect(mdx).toContain("Query with [`LIKE`](https://example.org/like), or `x = `[`IN`](https://example.org/in)` (1, 2)`.");
    expect(mdx).toContain("```\ncurl https://example.org/api\n```");
  });

  it("escapes a bracket and caret in prose, which would otherwise read as a footnote reference", () => {
    expect(clean("<p>The pattern [^a-z] matches what is not a letter.</p>").mdx).toBe("The pattern \\[^a-z] matches what is not a letter.\n");
  });

  it("moves spaces out of bold, italic and links, so Markdown can write them plainly", () => {
    expect(clean("<p>We used <strong>wget </strong>to fetch it, <em> quietly</em>, via <a href=\"https://example.org\">the site </a>today.</p>").mdx)
      .toBe("We used **wget** to fetch it, *quietly*, via [the site](https://example.org) today.\n");
  });

  it("takes tracking parameters off links and embeds, so an imported link tells no one where its reader came from", () => {
    const { mdx } = clean(
      '<p><a href="https://example.org/report?utm_source=medium&amp;utm_campaign=x&amp;page=2">the report</a>, ' +
        '<a href="https://medium.com/@someone/a-post-0123456789ab?source=post_page-----">a post</a>, ' +
        '<a href="https://example.org/search?source=library">a search</a></p>' +
        '<blockquote class="twitter-tweet"><p>We were there.</p><a href="https://twitter.com/someone/status/123456789?ref_src=twsrc%5Etfw">March 3, 2020</a></blockquote>',
    );
    expect(mdx).toContain("[the report](https://example.org/report?page=2)");
    expect(mdx).toContain("[a post](https://medium.com/@someone/a-post-0123456789ab)");
    // Only Medium's own links lose `source`: elsewhere it can be part of what the page shows.
    expect(mdx).toContain("[a search](https://example.org/search?source=library)");
    expect(mdx).toContain("https://twitter.com/someone/status/123456789)");
    expect(mdx).not.toMatch(/utm_|ref_src/);
  });

  it("keeps the words of links to the old site's own pages and anchors, without the link, and says so", () => {
    const { mdx, log } = clean('<p>See <a href="#a1b2">the section above</a> and <a href="/@someone/other-post">another post</a>.</p>');
    expect(mdx).toBe("See the section above and another post.\n");
    expect(log.warnings).toEqual([
      "the link “the section above” pointed at #a1b2 on the old site; its words are kept without the link",
      "the link “another post” pointed at /@someone/other-post on the old site; its words are kept without the link",
    ]);
  });

  it("links an embed that is only a gist's script to the gist's page, and reports the script as dropped", () => {
    const { mdx, log } = clean(
      '<figure><script src="https://gist.github.com/some-one/0123abcd.js"></script><figcaption>How we count</figcaption></figure>' +
        '<figure><script src="https://gist.github.com/5594532.js?file=notes.md"></script></figure>' +
        '<figure><script src="//gist.github.com/some-one/0123abcd.js"></script></figure>',
    );
    expect(mdx).toBe(
      "[How we count](https://gist.github.com/some-one/0123abcd)\n\n[A gist: notes.md](https://gist.github.com/5594532)\n\n[Gist by some-one](https://gist.github.com/some-one/0123abcd)\n",
    );
    expect(log.embedsLinked).toBe(3);
    expect(log.dropped).toEqual(Array(3).fill("a <script> from gist.github.com (its embed became a link)"));
  });

  it("keeps a caption that holds links beside the embed's link, since a link cannot hold another", () => {
    const { mdx, log } = clean(
      '<figure><script src="https://gist.github.com/some-one/0123abcd.js"></script><figcaption>Settings, from <a href="https://example.org/docs">the docs</a></figcaption></figure>' +
        '<figure><iframe src="https://video.example/embed/1" title="A talk"></iframe><figcaption><a href="https://example.org/talk">The talk’s page</a></figcaption></figure>',
    );
    expect(mdx).toBe(
      "[Gist by some-one](https://gist.github.com/some-one/0123abcd) — Settings, from [the docs](https://example.org/docs)\n\n" +
        "[A talk](https://video.example/embed/1) — [The talk’s page](https://example.org/talk)\n",
    );
    expect(log.embedsLinked).toBe(2);
  });

  it("takes no address from a script that is not an https gist, and keeps a tweet's status link over its widgets script", () => {
    const { mdx, log } = clean(
      '<figure><script src="http://gist.github.com/some-one/0123abcd.js"></script><figcaption>Over plain http</figcaption></figure>' +
        '<figure><script src="https://gist.github.com.evil.example/some-one/0123abcd.js"></script></figure>' +
        '<figure><script src="https://gist.github.com/some-one/0123abcd/raw/run.js"></script></figure>' +
        '<figure><script>document.write("hi")</script></figure>' +
        '<figure><script src="https://platform.twitter.com/widgets.js"></script><figcaption>A tweet, <a href="https://twitter.com/someone/status/42">posted in May</a></figcaption></figure>',
    );
    expect(mdx).toBe("[A tweet, posted in May](https://twitter.com/someone/status/42)\n");
    expect(log.embedsLinked).toBe(1);
    expect(log.dropped).toEqual([
      "an embed with no address a reader could follow (“Over plain http”, a <script> from gist.github.com)",
      "an embed with no address a reader could follow (a <script> from gist.github.com.evil.example)",
      "an embed with no address a reader could follow (a <script> from gist.github.com)",
      "an embed with no address a reader could follow (an inline <script>)",
      "a <script> from platform.twitter.com (its embed became a link)",
    ]);
  });

  it("asks an editor to check an embed exported only as Medium's own address for it, on medium.com or a publication's domain", () => {
    const { mdx, log } = clean(
      '<figure><iframe src="https://medium.com/media/0123456789abcdef0123456789abcdef?postId=1a2b3c4d5e6f"></iframe></figure>' +
        '<figure><iframe src="https://news.example.org/media/fedcba9876543210fedcba9876543210?postId=1a2b3c4d5e6f"></iframe></figure>' +
        '<figure><iframe src="https://news.example.org/media/talk.mp4"></iframe></figure>',
    );
    expect(mdx).toBe(
      "[Embedded content from medium.com](https://medium.com/media/0123456789abcdef0123456789abcdef?postId=1a2b3c4d5e6f)\n\n" +
        "[Embedded content from news.example.org](https://news.example.org/media/fedcba9876543210fedcba9876543210?postId=1a2b3c4d5e6f)\n\n" +
        "[Embedded content from news.example.org](https://news.example.org/media/talk.mp4)\n",
    );
    expect(log.warnings).toHaveLength(2);
    expect(log.warnings[1]).toBe(
      "an embed (a gist, video or tweet) was exported only as Medium's own address for it, https://news.example.org/media/fedcba9876543210fedcba9876543210?postId=1a2b3c4d5e6f; it became a link there: check what it showed and link to that instead",
    );
  });

  it("drops an embed with no address a reader could follow, and anything that could run or load", () => {
    const { mdx, log } = clean(
      '<figure><iframe src="javascript:alert(1)"></iframe></figure><p>Text<img src="x" onerror="alert(1)"><object data="https://example.org/x.swf"></object></p><form action="https://example.org"><input></form><style>p{}</style><p><a href="vbscript:msgbox">old</a> and <a href="data:text/html,hi">data</a></p>',
    );
    expect(mdx).toBe("Text[Embedded content from example.org](https://example.org/x.swf)\n\nold and data\n");
    expect(log.dropped).toEqual([
      "an embed with no address a reader could follow",
      "an onerror handler on <img>",
      'an image with the address "x"',
      "<form>",
      "<style>",
      "a vbscript: link (“old”), kept as text",
      "a data: link (“data”), kept as text",
    ]);
  });
});
