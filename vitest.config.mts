import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Fixtures must be compiled fresh, not served from a build's tree cache.
    env: { CONTENT_CACHE: "off" },
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    testTimeout: 20_000,
    // The editor's tests run Decap's own Markdown serialiser, whose module reaches for its
    // editor's React components; inlined, a test can stand in for those (tests/unit/cms-rich-text.test.ts).
    server: { deps: { inline: [/decap-cms-widget-markdown/] } },
  },
});
