import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { attribute, elements, parsePage } from "@/lib/page-html/document";
import { finishPage } from "@/lib/page-html/finish-page";
import { frameworkScripts, isFrameworkScript } from "@/lib/page-html/framework-scripts";
import { inlineScriptHashes, withInlineScriptPolicy } from "@/lib/page-html/inline-script-policy";
import { scriptLoader, withScriptsAfterFirstPaint } from "@/lib/page-html/scripts-after-first-paint";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>Hi</p><script>self.__next_f.push([1,"a<\\/b"])</script><script type="application/ld+json">{"@type":"Article"}</script><script type="module">import("/x.js")</script></body></html>`;

describe("pinning a page to its own inline scripts", () => {
  it("hashes the scripts a browser would run, and not files or data blocks", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([hash('self.__next_f.push([1,"a<\\/b"])'), hash('import("/x.js")')].sort());
  });

  it("puts the policy first in <head>, before any script, without 'unsafe-inline'", () => {
    const pinned = withInlineScriptPolicy(PAGE);
    const meta = /^<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="([^"]*)"\/><meta charSet="utf-8"\/>/.exec(pinned);
    expect(meta?.[1]).toBe(`script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(PAGE).join(" ")}`);
    expect(pinned.replace(meta![0], '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>')).toBe(PAGE);
  });

  it("leaves a page that already has its policy as it is", () => {
    const pinned = withInlineScriptPolicy(PAGE);
    expect(withInlineScriptPolicy(pinned)).toBe(pinned);
  });
});

// A page as Next writes it: a preload and async scripts in <head>, the bootstrap script again in <body>.
const NEXT_PAGE =
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>` +
  `<script src="/_next/static/chunks/react.js" async=""></script><script src="/_next/static/chunks/page.js" async=""></script>` +
  `<script src="/_next/static/chunks/polyfills.js" noModule=""></script><title>Essay</title></head>` +
  `<body><p>Text</p><script>self.__next_f.push([0])</script><script src="/_next/static/chunks/main.js" async=""></script><script type="application/ld+json">{}</script></body></html>`;
const LOADED = ["/_next/static/chunks/react.js", "/_next/static/chunks/page.js", "/_next/static/chunks/main.js"];

describe("loading a page's scripts after its first paint", () => {
  it("takes the async scripts and their preloads out and loads the same files, each once, from the end of <body>", () => {
    expect(withScriptsAfterFirstPaint(NEXT_PAGE)).toBe(
      `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>` +
        `<script src="/_next/static/chunks/polyfills.js" noModule=""></script><title>Essay</title></head>` +
        `<body><p>Text</p><script>self.__next_f.push([0])</script><script type="application/ld+json">{}</script>` +
        `<script data-scripts-after-paint="">${scriptLoader(LOADED)}</script></body></html>`,
    );
  });

  it("leaves module scripts, and preloads of files it does not load, where they are", () => {
    const page = NEXT_PAGE.replace("<title>", `<link rel="preload" as="script" href="/lazy.js"/><script type="module" src="/m.js" async=""></script><title>`);
    const moved = withScriptsAfterFirstPaint(page);
    expect(moved).toContain(`<link rel="preload" as="script" href="/lazy.js"/><script type="module" src="/m.js" async=""></script>`);
    expect(moved).toContain(scriptLoader(LOADED));
  });

  it("leaves a page without async scripts, and a page that already has its loader, as they are", () => {
    expect(withScriptsAfterFirstPaint(PAGE.replace(' async=""', ""))).toBe(PAGE.replace(' async=""', ""));
    const moved = withScriptsAfterFirstPaint(NEXT_PAGE);
    expect(withScriptsAfterFirstPaint(moved)).toBe(moved);
  });

  it("finds scripts with the parser, not in the text: a script tag written out in an essay is text", () => {
    const page = NEXT_PAGE.replace("<p>Text</p>", "<p>&lt;script src=&quot;/x.js&quot; async&gt;</p><pre><code>&lt;link rel=preload as=script href=/y.js&gt;</code></pre>");
    expect(withScriptsAfterFirstPaint(page)).toContain("&lt;script src=&quot;/x.js&quot; async&gt;");
    expect(withScriptsAfterFirstPaint(page)).toContain(scriptLoader(LOADED));
  });

  it("writes the files into the loader so that no address can close its script element", () => {
    expect(scriptLoader(["/a</script><script>alert(1)//.js"])).not.toContain("</script>");
  });

  it("refuses a page it cannot finish rather than dropping its scripts", () => {
    // parse5 supplies a <body> to any document; only its written end tag gives the place.
    expect(() => withScriptsAfterFirstPaint(`<html><head><script src="/a.js" async></script></head><body><p>x`)).toThrow(/no <\/body>/);
  });
});

// A reading page as Next 16 writes it: Next's runtime and payload around the page's own script.
const READING_PAGE =
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/turbopack-1.js"/>` +
  `<script src="/_next/static/chunks/react.js" async=""></script><script src="/reader-scripts/essay.0123456789ab.js" async=""></script>` +
  `<script src="/_next/static/chunks/polyfills.js" noModule=""></script><title>Essay</title><script type="application/ld+json">{"@type":"Article"}</script></head>` +
  `<body><p>Text</p><script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"]});</script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>` +
  `<script src="/_next/static/chunks/turbopack-1.js" async=""></script></body></html>`;
const READER_SCRIPT = "/reader-scripts/essay.0123456789ab.js";

describe("taking Next's runtime out of a page", () => {
  it("takes out Next's scripts, its payload, its bootstrap and its script preloads, and nothing else", () => {
    const document = parsePage(READING_PAGE);
    const { nodes } = frameworkScripts(document);
    const kept = [...elements(document)].filter((node) => ["script", "link"].includes(node.tagName!) && !nodes.has(node));
    expect(kept.map((node) => attribute(node, "src") ?? attribute(node, "type"))).toEqual([READER_SCRIPT, "application/ld+json"]);
    expect(nodes.size).toBe(7);
  });

  it("recognises Next's scripts by where they come from and what they say, not by their place", () => {
    const script = (html: string) => [...elements(parsePage(html))].find((node) => node.tagName === "script")!;
    expect(isFrameworkScript(script(`<script src="/_next/static/chunks/x.js" async></script>`))).toBe(true);
    expect(isFrameworkScript(script(`<script>self.__next_f.push([1,"x"])</script>`))).toBe(true);
    expect(isFrameworkScript(script(`<script src="/reader-scripts/exit-this-page.0123456789ab.js" async></script>`))).toBe(false);
    expect(isFrameworkScript(script(`<script>console.log("self.__next_f")</script>`))).toBe(false);
    expect(isFrameworkScript(script(`<script src="/pagefind/pagefind.js"></script>`))).toBe(false);
  });
});

describe("finishing a page after the build", () => {
  it("leaves only the page's own scripts, loaded after the first paint, and pins the page to the loader alone", () => {
    const finished = finishPage(READING_PAGE);
    expect(finished).toBe(
      `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' ${hash(scriptLoader([READER_SCRIPT]))}"/><meta charSet="utf-8"/>` +
        `<title>Essay</title><script type="application/ld+json">{"@type":"Article"}</script></head>` +
        `<body><p>Text</p><script data-scripts-after-paint="">${scriptLoader([READER_SCRIPT])}</script></body></html>`,
    );
  });

  it("pins any other inline script it leaves in the page", () => {
    const page = READING_PAGE.replace("<p>Text</p>", "<p>Text</p><script>document.documentElement.dataset.x=1</script>");
    expect(finishPage(page)).toContain(hash("document.documentElement.dataset.x=1"));
  });

  it("gives a page with no script of its own a policy that allows no inline script", () => {
    const finished = finishPage(READING_PAGE.replace(`<script src="${READER_SCRIPT}" async=""></script>`, ""));
    expect(finished).toContain(`<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval'"/>`);
    expect(finished).not.toContain("<script data-scripts-after-paint");
    expect(finished).not.toMatch(/<script(?! type="application\/ld\+json")/);
  });

  it("leaves a finished page as it is", () => {
    const finished = finishPage(READING_PAGE);
    expect(finishPage(finished)).toBe(finished);
  });
});
