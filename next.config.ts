import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security-headers";

// `npm run build:static` sets STATIC_EXPORT to write a plain-file site to out/
// (Next 16 exports into distDir), so it never disturbs the `next start` build in .next/.
// EXPORT_DIR moves it, so the tests can export fixture content beside the real site.
const staticExport = process.env.STATIC_EXPORT === "1";
const exportDir = process.env.EXPORT_DIR ?? "out";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Type checking belongs to `npm test` (`npm run typecheck`: `next typegen` then `tsc
  // --noEmit` over the whole project, which CI runs on every pull request), so the build
  // does not run the same check a second time: it was a third of a one-essay build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // The stylesheet (about 3 KB gzipped) goes into each page's <head> instead of a
    // separate render-blocking request: on a slow phone that request was a round trip
    // before the first paint of every page.
    inlineCss: true,
  },
  ...(staticExport
    ? { output: "export", distDir: exportDir }
    : {
        async headers() {
          return [{ source: "/:path*", headers: SECURITY_HEADERS }];
        },
      }),
};

export default nextConfig;
