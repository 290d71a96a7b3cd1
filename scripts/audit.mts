/**
 * `npm run audit`: Lighthouse's four category scores for the home page and the
 * essay, against the production build served by `next start`. Needs a build
 * (`npm run build`) and a Chromium (CHROME_PATH, or Debian's /usr/bin/chromium).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const port = Number(process.env.AUDIT_PORT ?? 3200);
const origin = `http://localhost:${port}`;
const pages = ["/", "/articles/can-anti-trafficking-be-rescued", "/articles/can-anti-trafficking-be-rescued/actions", "/search"];

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}
const chromePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
if (!chromePath) {
  console.error("No Chromium found: install Debian's (apt-get install -y chromium) or set CHROME_PATH.");
  process.exit(1);
}

const server = spawn("npx", ["next", "start", "-p", String(port)], { stdio: "ignore", detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", stopServer);

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer on ${origin}`);
}

await waitForServer();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

// Lighthouse now and then fails to load a page in headless Chromium (a runtime
// error such as NO_FCP, scored as zeros). That says nothing about the page, so
// the run is retried once and a second failure is reported as such.
async function auditPage(path: string) {
  const run = async () => (await lighthouse(`${origin}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...categories] }))!.lhr;
  const first = await run();
  if (!first.runtimeError) return first;
  console.log(`  ${path}: Lighthouse could not audit the page (${first.runtimeError.code}: ${first.runtimeError.message}), retrying`);
  const second = await run();
  if (second.runtimeError) console.log(`  ${path}: Lighthouse could not audit the page again (${second.runtimeError.code}: ${second.runtimeError.message})`);
  return second;
}
const rows: string[][] = [];
let failures = 0;
try {
  for (const path of pages) {
    const lhr = await auditPage(path);
    const scores = categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
    const cls = lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN;
    rows.push([path, ...scores.map(String), cls.toFixed(3)]);
    for (const category of categories) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`  ${path} ${category}: ${audit.id} (${audit.score}) ${audit.title}`);
      }
    }
    if (lhr.runtimeError || (scores[3] < 100 && path !== "/search")) failures++;
  }
} finally {
  await chrome.kill();
  stopServer();
}
console.log(["page", ...categories, "CLS"].join("\t"));
for (const row of rows) console.log(row.join("\t"));
process.exit(failures > 0 ? 1 : 0);
