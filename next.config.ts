import type { NextConfig } from "next";
import packageJson from "./package.json";
import { CMS_AUTH_BASE_PATH } from "./lib/cms-auth/paths";
import { EDITOR_PATHS } from "./lib/cms/editor-paths";
import { EDITOR_SECURITY_HEADERS, SECURITY_HEADERS } from "./lib/security-headers";
import { buildId } from "./lib/build-id";

// `npm run build:static` sets STATIC_EXPORT to write a plain-file site to out/
// (Next 16 exports into distDir), so it never disturbs the `next start` build in .next/.
// EXPORT_DIR moves it, so the tests can export fixture content beside the real site.
const staticExport = process.env.STATIC_EXPORT === "1";
const exportDir = process.env.EXPORT_DIR ?? "out";
// Set by `npm run edit` (and the editor's tests) to Decap's local git backend, which then answers at
// /admin/local-backend on this origin: the editor talks to no other origin, and nothing else can reach it.
const localBackend = process.env.CMS_LOCAL_BACKEND_URL;

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Routes named `route.server.ts` answer per request (the editor's sign-in, app/api/cms-auth/)
  // and exist only in the server build: an export cannot hold a dynamic route, and on a static
  // host a Pages Function (functions/) answers those paths with the same code.
  pageExtensions: staticExport ? ["tsx", "ts", "jsx", "js"] : ["tsx", "ts", "jsx", "js", "server.ts"],
  poweredByHeader: false,
  // A hash of the code, the lockfile and the configuration instead of a random ID, so the
  // same inputs give byte-identical pages and the build can keep what did not change
  // (lib/build-id.ts, scripts/build.mts).
  generateBuildId: () => buildId(),
  // The content pipeline's libraries (unified, micromark, citation-js, zod...) run only on
  // the server, so Node loads them from node_modules instead of Turbopack bundling them:
  // the one-essay build compiled in 9.5 s instead of 14.5 s, and under `next dev` Node
  // loads their production builds rather than micromark's development build with its
  // assertions. React and Next stay bundled: they need the server-components build. esbuild,
  // which makes the reader scripts while building and under `next dev`, is a native binary
  // that only Node can load.
  serverExternalPackages: [...Object.keys(packageJson.dependencies).filter((name) => !["next", "react", "react-dom"].includes(name)), "esbuild"],
  // Type checking belongs to `npm test` (`npm run typecheck`: `next typegen` then `tsc
  // --noEmit` over the whole project, which CI runs on every pull request), so the build
  // does not run the same check a second time: it was a third of a one-essay build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // The stylesheet (about 3 KB gzipped) goes into each page's <head> instead of a
    // separate render-blocking request: on a slow phone that request was a round trip
    // before the first paint of every page.
    inlineCss: true,
    // Under `next dev`, Next 16 sends React's debug information over a second channel
    // that the server renders and replays beside the page; measured side by side, an
    // edited essay reloaded a third faster without it (the information still reaches
    // the browser's tools, inside the page's payload). Production builds carry none.
    reactDebugChannel: false,
    // Next gzips every page's segments at build time to decide which prefetches to bundle
    // into one; the site's links are plain <a> and prefetch nothing, and the measuring was
    // a quarter of each essay page's prerender (1,000 essays rebuilt: 78.7 s without this
    // line, 66.1 s with it).
    prefetchInlining: false,
    // Turbopack keeps a cache of its compile for the next build; writing it cost a cold build
    // about 17 s of CPU (a 30-essay site: 62.6 s with it, 45.9 s without, 2026-12-02). An edit to
    // content no longer compiles at all (scripts/build.mts generates from the last compile), so
    // the cache would only speed up a build after a change of code, by about 20 s.
    turbopackFileSystemCacheForBuild: false,
  },
  ...(staticExport
    ? { output: "export", distDir: exportDir }
    : {
        async headers() {
          // When rules match one path, the later one's value of a header wins: the editor's policy
          // replaces the site's there. The editor's sign-in sets its own headers on every host
          // (CMS_AUTH_HEADERS); the site's would replace them, so they cover every path but its own.
          return [
            { source: `/:path((?!${CMS_AUTH_BASE_PATH.slice(1)}/).*)`, headers: SECURITY_HEADERS },
            { source: EDITOR_PATHS.root, headers: EDITOR_SECURITY_HEADERS },
            { source: `${EDITOR_PATHS.root}/:path*`, headers: EDITOR_SECURITY_HEADERS },
          ];
        },
        async rewrites() {
          return [
            // The editor's page is a file in public/admin/ (scripts/build-editor.mts); static hosts serve it as the folder's index.
            { source: EDITOR_PATHS.root, destination: EDITOR_PATHS.page },
            ...(localBackend ? [{ source: EDITOR_PATHS.localBackend, destination: localBackend }] : []),
          ];
        },
      }),
};

export default nextConfig;
