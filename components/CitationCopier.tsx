"use client";

import { useCopyButtons } from "./useCopyButtons";

/**
 * Brings the hidden "Copy" buttons of "Cite this essay" to life. A citation is
 * copied as HTML, so its italics survive a paste into a word processor, and as
 * plain text for everything else. The browser's own clipboard, no service.
 */
export function CitationCopier() {
  const status = useCopyButtons({
    selector: "button[data-copy-citation]",
    label: "Copy",
    failure: "The citation could not be copied; select its text instead.",
    async copy(button) {
      const citation = document.getElementById(button.dataset.copyCitation!)!;
      const text = citation.textContent ?? "";
      if (typeof ClipboardItem === "function" && navigator.clipboard.write) {
        const blob = (type: string, content: string) => new Blob([content], { type });
        await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob("text/plain", text), "text/html": blob("text/html", citation.innerHTML) })]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      return `Copied: ${text}`;
    },
  });
  return <p ref={status} className="visually-hidden" role="status" aria-live="polite" />;
}
