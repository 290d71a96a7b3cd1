import { cpSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/browser";

const port = Number(process.env.E2E_PORT ?? 3100);
const devPort = port + 1;
const staticPort = port + 2;
const fixturesPort = port + 3;
const baseURL = `http://localhost:${port}`;

/**
 * The editor's path is tested against `next dev` serving a copy of the test
 * fixtures (which include a draft), so a test can edit a file while it runs.
 * Workers load this file too; only the main process makes the copy.
 */
export const DEV_CONTENT_DIR = path.join(tmpdir(), `rhj-dev-content-${port}`);
if (!process.env.TEST_WORKER_INDEX) {
  rmSync(DEV_CONTENT_DIR, { recursive: true, force: true });
  cpSync(path.join(__dirname, "tests/fixtures/content/valid"), DEV_CONTENT_DIR, { recursive: true });
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    // What readers get: the production build of the real content.
    { name: "site", testIgnore: /(editing|drafts|imported|related)\.spec\.ts/ },
    // The same reader-facing tests against the static export, served as plain files.
    {
      name: "static",
      testMatch: /(pages|reading|acting|exit|privacy|search|hardening|seo|cite|sharing|loading)\.spec\.ts/,
      use: { baseURL: `http://localhost:${staticPort}` },
    },
    // A production export of the fixture content: what leaves out its draft, how an imported
    // essay reads, and what links essays to each other (the launch content has one essay).
    { name: "published-fixtures", testMatch: /(drafts|imported|related)\.spec\.ts/, use: { baseURL: `http://localhost:${fixturesPort}` } },
    // What an editor sees while writing: the development server on fixture content.
    { name: "editing", testMatch: /editing\.spec\.ts/, use: { baseURL: `http://localhost:${devPort}` }, timeout: 90_000 },
  ],
  // Started one after another, in this order: the static exports set the server
  // build aside while they run, so they go first.
  webServer: [
    {
      command: `npx tsx scripts/build-static.mts --content tests/fixtures/content/valid --out .fixture-site && npx tsx scripts/serve-static.mts --dir .fixture-site --port ${fixturesPort}`,
      url: `http://localhost:${fixturesPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      env: { SITE_URL: `http://localhost:${fixturesPort}` },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `npm run build:static && npx tsx scripts/serve-static.mts --dir out --port ${staticPort}`,
      url: `http://localhost:${staticPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      env: { SITE_URL: `http://localhost:${staticPort}` },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `npm run build && npx next start -p ${port}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      // Absolute URLs (canonical, sitemap, feeds) must point at the server under test.
      env: { SITE_URL: baseURL },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `npx next dev -p ${devPort}`,
      url: `http://localhost:${devPort}/collective`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      env: { CONTENT_DIR: DEV_CONTENT_DIR, CONTENT_CACHE: "off" },
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
