import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Every page is prerendered HTML, so a plain <a> loads the next page as a document, just as
    // it does with JavaScript off. next/link would add a client component per link, a script
    // chunk and prefetch requests on every page view for a client-side navigation the site
    // does not need (measured with Lighthouse: see README, Performance).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  globalIgnores([".next/**", ".wrangler/**", ".next-server-build/**", ".next-static-build/**", "out/**", ".fixture-site/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/tmp/**", "public/pagefind/**", "public/admin/**", "reports/**"]),
]);
