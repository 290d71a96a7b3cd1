import { startCopyButtons } from "./copy-buttons";

/** Brings the hidden "Copy link" buttons of the action steps to life and announces each copy. */
export function startStepLinkCopying(document: Document): () => void {
  const location = (document.defaultView ?? window).location;
  return startCopyButtons(document, {
    selector: "button[data-copy-link]",
    status: "[data-copy-link-status]",
    label: "Copy link",
    failure: "The link could not be copied; use the # link beside the step instead.",
    async copy(button, clipboard) {
      const url = `${location.origin}${location.pathname}${button.dataset.copyLink}`;
      await clipboard.writeText(url);
      return `Link copied: ${url}`;
    },
  });
}
