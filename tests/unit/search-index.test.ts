import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { describe, expect, it } from "vitest";
import { builtPages } from "@/lib/page-html/built-pages";
import { buildSearchIndex, withoutScriptsAndStyles } from "../../scripts/build-search-index.mjs";

/** A prerendered essay page as Next writes one: inline styles, script files, and a payload script that repeats the body. */
function essayPage(title: string, words: string): string {
  const article = `<article data-pagefind-body=""><h1 id="article-title">${title}</h1><p class="lede">A summary of ${title}.</p><h2 id="why">Why it matters</h2><p>${words}</p><aside data-pagefind-ignore="all">Related: other essays</aside></article>`;
  const payload = JSON.stringify(article).replace(/</g, "\\u003c");
  return `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${title} — Collective</title><style>.article{color:red}h1{font-size:2rem}</style><script src="/_next/static/chunks/a.js" async=""></script></head><body><header>Site header</header><main id="main">${article}</main><script>self.__next_f=self.__next_f||[];self.__next_f.push([1,${payload}])</script><script type="application/ld+json">{"@type":"Article","headline":"${title}"}</script></body></html>`;
}

function filesOf(dir: string, base = dir): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? Object.entries(filesOf(full, base)) : [[path.relative(base, full), readFileSync(full).toString("base64")]];
    }),
  );
}

describe("the search index", () => {
  it("is the same byte for byte when the pages reach Pagefind without their scripts and styles", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "rhj-search-"));
    const html = path.join(root, "html");
    mkdirSync(path.join(html, "articles"), { recursive: true });
    const pages = { "care-without-cages": "Outreach works when it answers to the people it serves, housing first.", "a-newer-essay": "Policing is not care; community support is." };
    for (const [slug, words] of Object.entries(pages)) writeFileSync(path.join(html, "articles", `${slug}.html`), essayPage(slug.replace(/-/g, " "), words));
    writeFileSync(path.join(html, "index.html"), "<!DOCTYPE html><html><body><p>No body to index here.</p></body></html>");

    expect(await buildSearchIndex(html, path.join(root, "stripped"))).toBe(2);
    const { index } = await pagefind.createIndex({ forceLanguage: "en" });
    // In the order the build hands them over: Pagefind numbers pages as they arrive.
    for (const file of builtPages(html).sort().filter((page) => page.includes("articles"))) {
      await index!.addHTMLFile({ url: `/articles/${path.basename(file, ".html")}`, content: readFileSync(file, "utf8") });
    }
    await index!.writeFiles({ outputPath: path.join(root, "whole") });
    await pagefind.close();

    const [stripped, whole] = [filesOf(path.join(root, "stripped")), filesOf(path.join(root, "whole"))];
    expect(Object.keys(stripped).sort()).toEqual(Object.keys(whole).sort());
    expect(Object.keys(whole).filter((file) => stripped[file] !== whole[file])).toEqual([]);
  }, 60_000);

  it("takes out only script and style elements, whatever they hold", () => {
    const page = `<head><style media="print">a{}</style></head><body><p>Keep <code>&lt;script&gt;</code> as text.</p><script>var a="\\u003c/script>";</script><script type="application/ld+json">{}</script></body>`;
    expect(withoutScriptsAndStyles(page)).toBe("<head></head><body><p>Keep <code>&lt;script&gt;</code> as text.</p></body>");
  });
});
