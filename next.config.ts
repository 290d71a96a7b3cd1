import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security-headers";

// `npm run build:static` sets STATIC_EXPORT to write a plain-file site to out/
// (Next 16 exports into distDir), so it never disturbs the `next start` build in .next/.
const staticExport = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  ...(staticExport
    ? { output: "export", distDir: "out" }
    : {
        async headers() {
          return [{ source: "/:path*", headers: SECURITY_HEADERS }];
        },
      }),
};

export default nextConfig;
