import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, EDITOR_CONTENT_SECURITY_POLICY, EDITOR_SECURITY_HEADERS, SECURITY_HEADERS } from "@/lib/security-headers";
import { headersFile, headersForPath, nginxConfig, pageRedirect, routesFile, staticContentType } from "@/lib/static-host-config";

describe("static hosts get the same headers as next start", () => {
  it("the committed nginx example is the generated one", () => {
    expect(readFileSync("deploy/nginx.conf", "utf8")).toBe(nginxConfig());
  });

  it("_headers lists every header for every path", () => {
    const file = headersFile();
    expect(file.startsWith("/*\n")).toBe(true);
    for (const { key, value } of SECURITY_HEADERS) expect(file).toContain(`  ${key}: ${value}\n`);
  });

  it("hosts are told the types of share images and citation files, which their names do not give", () => {
    const file = headersFile();
    expect(file).toContain("/articles/*/cite.bib\n  Content-Type: application/x-bibtex; charset=utf-8\n");
    expect(file).toContain("/articles/*/cite.ris\n  Content-Type: application/x-research-info-systems; charset=utf-8\n");
    expect(file).toContain("/articles/*/cite.json\n  Content-Type: application/vnd.citationstyles.csl+json; charset=utf-8\n");
    expect(staticContentType("/articles/an-essay/cite.ris")).toBe("application/x-research-info-systems; charset=utf-8");
    expect(staticContentType("/articles/an-essay/opengraph-image")).toBe("image/png");
    expect(staticContentType("/articles/an-essay/citexbib")).toBeUndefined();
    expect(staticContentType("/index.html")).toBeUndefined();
    expect(nginxConfig()).toContain('location ~ ^/articles/[^/]+/cite\\.json$ {\n        types { }\n        default_type "application/vnd.citationstyles.csl+json; charset=utf-8";');
  });

  it("hosts may keep the files named by their content for good: Next's and the site's own scripts", () => {
    expect(headersFile()).toContain("/reader-scripts/*\n  Cache-Control: public, max-age=31536000, immutable\n");
    expect(nginxConfig()).toContain('location /reader-scripts/ {\n        add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(nginxConfig()).toContain('location /_next/static/ {\n        add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });

  it("hosts are told the feeds' types, which they would send as plain XML and JSON", () => {
    const file = headersFile();
    expect(file).toContain("/feed.xml\n  Content-Type: application/rss+xml; charset=utf-8\n");
    expect(file).toContain("/atom.xml\n  Content-Type: application/atom+xml; charset=utf-8\n");
    expect(file).toContain("/feed.json\n  Content-Type: application/feed+json; charset=utf-8\n");
    expect(staticContentType("/authors/kate-dadamo/feed.xml")).toBe("application/rss+xml; charset=utf-8");
    expect(staticContentType("/topics/a-topic/feed.xml")).toBe("application/rss+xml; charset=utf-8");
    expect(nginxConfig()).toContain('location ~ ^/topics/[^/]+/feed\\.xml$ {\n        types { }\n        default_type "application/rss+xml; charset=utf-8";');
  });

  it("a path that two rules give the same header gets the later rule's value alone, never both joined", () => {
    const rules = [
      { path: "/*", headers: [{ key: "Content-Security-Policy", value: "default-src 'self'" }, { key: "X-Frame-Options", value: "DENY" }] },
      { path: "/admin/*", headers: [{ key: "Content-Security-Policy", value: "default-src 'self' 'unsafe-eval'" }] },
    ];
    expect(headersFile(rules)).toBe(
      "/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame-Options: DENY\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self' 'unsafe-eval'\n",
    );
    expect(headersForPath("/admin/index.html", rules)).toEqual([
      { key: "Content-Security-Policy", value: "default-src 'self' 'unsafe-eval'" },
      { key: "X-Frame-Options", value: "DENY" },
    ]);
    expect(headersForPath("/about", rules)).toEqual(rules[0].headers);
  });

  it("Cloudflare Pages' own Access-Control-Allow-Origin is taken off, as next start sends none", () => {
    expect(headersFile().split("\n").slice(0, 2)).toEqual(["/*", "  ! Access-Control-Allow-Origin"]);
  });

  it("files under /_next/static/ are cached for a year, as next start says", () => {
    expect(headersForPath("/_next/static/chunks/app.js")).toContainEqual({ key: "Cache-Control", value: "public, max-age=31536000, immutable" });
    expect(headersForPath("/articles/an-essay").map(({ key }) => key)).not.toContain("Cache-Control");
  });

  it("on Cloudflare Pages only the editor's sign-in runs a Function; readers' requests are files", () => {
    expect(JSON.parse(routesFile())).toEqual({ version: 1, include: ["/api/cms-auth/*"], exclude: [] });
  });

  it("nginx's server-wide types block, which replaces nginx's own list, still names pages, styles and scripts", () => {
    for (const type of ["text/html html;", "text/css css;", "text/javascript js;", "image/svg+xml svg;", "image/png png;"]) expect(nginxConfig()).toContain(type);
  });

  it("the policy allows only this origin", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-eval'/);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
  });
});

describe("the editor's own policy, at /admin and nowhere else", () => {
  const header = (path: string, name: string) => headersForPath(path).find(({ key }) => key === name)?.value;

  it("_headers gives /admin the editor's policy alone, detaching the site's", () => {
    for (const path of ["/admin", "/admin/", "/admin/decap/decap-cms.js", "/admin/config.yml"]) {
      expect(header(path, "Content-Security-Policy"), path).toBe(EDITOR_CONTENT_SECURITY_POLICY);
      expect(header(path, "Cross-Origin-Opener-Policy"), path).toBe("same-origin-allow-popups");
      expect(header(path, "X-Robots-Tag"), path).toBe("noindex, nofollow");
      expect(header(path, "X-Frame-Options"), path).toBe("DENY");
    }
    expect(headersFile()).toContain(`/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${EDITOR_CONTENT_SECURITY_POLICY}\n`);
  });

  it("_headers leaves every reader page the site's policy, even one whose address starts like the editor's", () => {
    for (const path of ["/", "/articles/an-essay", "/administration-of-care", "/articles/an-essay/cite.bib"]) {
      expect(header(path, "Content-Security-Policy"), path).toBe(CONTENT_SECURITY_POLICY);
      expect(header(path, "Cross-Origin-Opener-Policy"), path).toBeUndefined();
      expect(header(path, "X-Robots-Tag"), path).toBeUndefined();
    }
  });

  it("nginx serves /admin/ with the editor's whole set of headers, which replace the server's there", () => {
    const config = nginxConfig();
    const block = config.slice(config.indexOf("location ^~ /admin/ {"), config.indexOf("location /_next/static/"));
    for (const { key, value } of EDITOR_SECURITY_HEADERS) expect(block).toContain(`add_header ${key} "${value}" always;`);
    expect(block).not.toContain(CONTENT_SECURITY_POLICY);
    expect(config).toContain('location = /admin {\n        if ($request_uri ~ "^/admin(\\?.*)?$") {\n            return 308 /admin/$1;');
  });

  it("the editor's policy runs Decap (eval) and talks to GitHub, and still frames nothing and posts nowhere else", () => {
    expect(EDITOR_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'unsafe-eval'");
    expect(EDITOR_CONTENT_SECURITY_POLICY).toContain("connect-src 'self' blob: https://api.github.com");
    expect(EDITOR_CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline' 'unsafe-eval'");
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) expect(EDITOR_CONTENT_SECURITY_POLICY).toContain(directive);
  });
});

describe("another name of a page, on a static host", () => {
  it("is sent on to the page's one address, query kept", () => {
    expect(pageRedirect("/articles/an-essay/")).toBe("/articles/an-essay");
    expect(pageRedirect("/articles/an-essay/?from=a-link")).toBe("/articles/an-essay?from=a-link");
    expect(pageRedirect("/articles/an-essay.html")).toBe("/articles/an-essay");
    expect(pageRedirect("/articles/an-essay/actions.html?x")).toBe("/articles/an-essay/actions?x");
    expect(pageRedirect("/index.html")).toBe("/");
    expect(pageRedirect("/index.html?x=1")).toBe("/?x=1");
  });

  it("leaves a page's own address, the home page and the editor's folder alone, and sends the editor's page into its folder", () => {
    for (const target of ["/", "/?x=1", "/articles/an-essay", "/articles/an-essay?x=1", "/feed.xml", "/admin/", "/admin/config.yml", "/admin/decap/"]) expect(pageRedirect(target), target).toBeUndefined();
    expect(pageRedirect("/admin")).toBe("/admin/");
    expect(pageRedirect("/admin?x=1")).toBe("/admin/?x=1");
  });

  it("never sends a reader to another site, however the path is written", () => {
    for (const target of ["//evil.example/", "//evil.example.html", "/\\evil.example/", "/%2Fevil.example/", "/%5Cevil.example/", "///evil.example/", "/./", "/a//b/"]) {
      const redirect = pageRedirect(target);
      if (redirect !== undefined) expect(new URL(redirect, "https://site.example").origin, target).toBe("https://site.example");
    }
  });
});
