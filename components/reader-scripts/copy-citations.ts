import { startCopyButtons } from "./copy-buttons";

/**
 * Brings the hidden "Copy" buttons of "Cite this essay" to life. A citation is
 * copied as HTML, so its italics survive a paste into a word processor, and as
 * plain text for everything else. The browser's own clipboard, no service.
 */
export function startCitationCopying(document: Document): () => void {
  const view = document.defaultView ?? window;
  return startCopyButtons(document, {
    selector: "button[data-copy-citation]",
    status: "[data-copy-citation-status]",
    label: "Copy",
    failure: "The citation could not be copied; select its text instead.",
    async copy(button, clipboard) {
      const citation = document.getElementById(button.dataset.copyCitation!)!;
      const text = citation.textContent ?? "";
      if (typeof view.ClipboardItem === "function" && clipboard.write) {
        const blob = (type: string, content: string) => new view.Blob([content], { type });
        await clipboard.write([new view.ClipboardItem({ "text/plain": blob("text/plain", text), "text/html": blob("text/html", citation.innerHTML) })]);
      } else {
        await clipboard.writeText(text);
      }
      return `Copied: ${text}`;
    },
  });
}
