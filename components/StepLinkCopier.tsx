"use client";

import { useCopyButtons } from "./useCopyButtons";

/** Brings the hidden "Copy link" buttons to life and announces each copy. */
export function StepLinkCopier() {
  const status = useCopyButtons({
    selector: "button[data-copy-link]",
    label: "Copy link",
    failure: "The link could not be copied; use the # link beside the step instead.",
    async copy(button) {
      const url = `${location.origin}${location.pathname}${button.dataset.copyLink}`;
      await navigator.clipboard.writeText(url);
      return `Link copied: ${url}`;
    },
  });
  return <p ref={status} className="visually-hidden" role="status" aria-live="polite" />;
}
