/**
 * Query parameters that only tell another site where a reader came from.
 * Readers of this site may be at risk, so an imported link carries none of
 * them: the address still leads to the same page.
 */
const ALWAYS = [/^utm_/i, /^(fbclid|gclid|dclid|msclkid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|ref_src|ref_url)$/i];
/** Medium marks its own links with where on Medium they were clicked. */
const ON_MEDIUM = [/^source$/i];

function isMediumHost(host: string): boolean {
  return host === "medium.com" || host.endsWith(".medium.com");
}

/** The address without tracking parameters; an address that does not parse is returned as it was. */
export function withoutTrackingParams(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  const patterns = isMediumHost(url.hostname) ? [...ALWAYS, ...ON_MEDIUM] : ALWAYS;
  const names = [...url.searchParams.keys()].filter((name) => patterns.some((pattern) => pattern.test(name)));
  if (names.length === 0) return address;
  for (const name of names) url.searchParams.delete(name);
  return url.toString();
}
