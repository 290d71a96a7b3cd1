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
  ...(staticExport
    ? { output: "export", distDir: exportDir }
    : {
        async headers() {
          return [{ source: "/:path*", headers: SECURITY_HEADERS }];
        },
      }),
};

export default nextConfig;
