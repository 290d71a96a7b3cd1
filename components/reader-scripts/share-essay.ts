/**
 * Shows the share buttons the browser can carry out: "Copy link" with the
 * Clipboard API, "Share…" with the Web Share API (phones, mostly). Without
 * them, or without JavaScript, the buttons stay hidden and email remains.
 * Returns a function that undoes everything it set up.
 */
export function startShareEssay(document: Document): () => void {
  const navigator = (document.defaultView ?? window).navigator;
  const section = document.querySelector<HTMLElement>("[data-share-url]");
  const copy = section?.querySelector<HTMLButtonElement>('[data-share="copy"]');
  const native = section?.querySelector<HTMLButtonElement>('[data-share="native"]');
  const status = section?.querySelector<HTMLElement>("[data-share-status]");
  if (!section || !copy || !native || !status) return () => {};
  const url = section.dataset.shareUrl!;
  const title = section.dataset.shareTitle!;

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = `Link copied: ${url}`;
    } catch {
      status.textContent = `The link could not be copied. The address is ${url}`;
    }
  };
  const onShare = async () => {
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  };

  if (navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", onCopy);
  }
  if (typeof navigator.share === "function") {
    native.hidden = false;
    native.addEventListener("click", onShare);
  }
  return () => {
    copy.hidden = true;
    native.hidden = true;
    copy.removeEventListener("click", onCopy);
    native.removeEventListener("click", onShare);
  };
}
