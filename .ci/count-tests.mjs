// Sums the unit (Vitest) and browser (Playwright) results from their JSON
// reports. A failure before any test ran (content check, types, lint) counts as
// one failed test, so a red run never prints "0 failed".
import { existsSync, readFileSync } from "node:fs";

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;

if (existsSync("reports/vitest.json")) {
  const vitest = JSON.parse(readFileSync("reports/vitest.json", "utf8"));
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
if (existsSync("reports/playwright.json")) {
  const { stats } = JSON.parse(readFileSync("reports/playwright.json", "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
}
if (status !== 0 && failed === 0) {
  console.log("The test command failed before or outside the test runners (content check, type check, lint or build).");
  failed = 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
