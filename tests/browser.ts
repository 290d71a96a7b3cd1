import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Finds a Chromium for the browser tests: an explicit path first, then
 * Debian's package, then Playwright's own download. Playwright's download does
 * not work on every machine, so when nothing is found the message says what to
 * install rather than failing deep inside a test.
 */
export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    safePlaywrightPath(),
  ];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate!));
  if (!found) {
    throw new Error(
      [
        "No Chromium found for the browser tests.",
        "Install one of:",
        "  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium",
        "  Playwright's own: npx playwright install chromium",
        "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
      ].join("\n"),
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags that keep Chromium from phoning home, which a closed network refuses noisily. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
