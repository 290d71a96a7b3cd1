import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withInlineScriptPolicy } from "@/lib/inline-script-policy";

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
