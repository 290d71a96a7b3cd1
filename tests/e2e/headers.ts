import { type APIResponse, expect } from "@playwright/test";
import type { Header } from "../../lib/security-headers";

/**
 * Asserts that a response carries each of these headers once, with exactly this value: a
 * header sent twice, or two values joined with a comma (as Cloudflare Pages joins two
 * matching `_headers` rules), fails.
 */
export function expectEachHeaderOnce(response: APIResponse, expected: Header[], where: string) {
  const sent = response.headersArray();
  for (const { key, value } of expected) {
    expect(sent.filter(({ name }) => name.toLowerCase() === key.toLowerCase()).map(({ value }) => value), `${key} on ${where}`).toEqual([value]);
  }
}

/** What a reader's response never carries: a cookie, or leave for other sites to read it. */
export function expectNothingForOtherSites(response: APIResponse, where: string) {
  const names = response.headersArray().map(({ name }) => name.toLowerCase());
  expect(names, `${where} sets a cookie`).not.toContain("set-cookie");
  expect(names, `${where} lets other sites read it`).not.toContain("access-control-allow-origin");
}
