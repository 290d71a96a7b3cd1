import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-server-build/**", "out/**", ".fixture-site/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/tmp/**", "public/pagefind/**", "reports/**"]),
]);
