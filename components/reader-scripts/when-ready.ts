/**
 * Runs `start` once the document is parsed. Pages load their scripts after
 * the first paint, which on a long essay can come before the parser reaches
 * the end of the page.
 *
 * Under `next dev` the page also carries React (finished pages do not: their
 * payload, `self.__next_f`, is taken out), and React reports any attribute a
 * script changed before it hydrated the page as a mismatch. There the scripts
 * start once the page has loaded and the browser is idle, after hydration.
 */
export function whenReady(start: () => void): void {
  const afterHydration = () => (window.requestIdleCallback ? window.requestIdleCallback(start, { timeout: 3000 }) : window.setTimeout(start, 500));
  // Decided once parsed: the payload's inline scripts are in the page's body.
  const begin = () => {
    if (!("__next_f" in window)) start();
    else if (document.readyState === "complete") afterHydration();
    else window.addEventListener("load", afterHydration, { once: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", begin, { once: true });
  else begin();
}
