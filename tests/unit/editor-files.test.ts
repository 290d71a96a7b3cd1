import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listPublicFiles } from "@/lib/cms/site-index";
import { builtPages } from "@/lib/page-html/built-pages";

function tree(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "rhj-editor-files-"));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "x");
  }
  return root;
}

describe("the editor's page is not a page of the site", () => {
  it("is left out of the built pages that get the pages' policy and the search index", () => {
    const root = tree(["index.html", "articles/an-essay.html", "admin/index.html", "topics/admin/index.html"]);
    expect(builtPages(root).map((file) => path.relative(root, file)).sort()).toEqual(["articles/an-essay.html", "index.html", "topics/admin/index.html"]);
  });
});

describe("the files in public/ the editor's preview checks images and downloads against", () => {
  it("are every real file but the editor's own and the search index, addressed from the site's root", () => {
    const root = tree(["images/articles/an-essay/vigil.png", "files/report.pdf", "admin/setup.js", "pagefind/pagefind.js", "images/admin/logo.png"]);
    symlinkSync("/etc/passwd", path.join(root, "images", "linked.png"));
    expect(listPublicFiles(root)).toEqual(["/files/report.pdf", "/images/admin/logo.png", "/images/articles/an-essay/vigil.png"]);
  });

  it("are none when there is no public/ folder", () => {
    expect(listPublicFiles(path.join(tmpdir(), "rhj-no-such-folder"))).toEqual([]);
  });
});
