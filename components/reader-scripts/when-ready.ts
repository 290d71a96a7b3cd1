/**
 * Runs `start` once the document is parsed. Pages load their scripts after
 * the first paint, which on a long essay can come before the parser reaches
 * the end of the page.
 */
export function whenReady(start: () => void): void {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
}
