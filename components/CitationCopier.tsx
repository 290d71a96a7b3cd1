"use client";

import { useEffect, useRef } from "react";

/**
 * Brings the hidden "Copy" buttons of "Cite this essay" to life. A citation is
 * copied as HTML, so its italics survive a paste into a word processor, and as
 * plain text for everything else. The browser's own clipboard, no service.
 */
export function CitationCopier() {
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!navigator.clipboard) return;
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-copy-citation]"));
    const announce = (message: string) => {
      if (status.current) status.current.textContent = message;
    };
    const onClick = async (event: Event) => {
      const button = event.currentTarget as HTMLButtonElement;
      const citation = document.getElementById(button.dataset.copyCitation!)!;
      const text = citation.textContent ?? "";
      try {
        if (typeof ClipboardItem === "function" && navigator.clipboard.write) {
          const blob = (type: string, content: string) => new Blob([content], { type });
          await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob("text/plain", text), "text/html": blob("text/html", citation.innerHTML) })]);
        } else {
          await navigator.clipboard.writeText(text);
        }
        button.textContent = "Copied";
        announce(`Copied: ${text}`);
      } catch {
        announce("The citation could not be copied; select its text instead.");
      }
      window.setTimeout(() => {
        button.textContent = "Copy";
      }, 2000);
    };
    for (const button of buttons) {
      button.hidden = false;
      button.addEventListener("click", onClick);
    }
    return () => buttons.forEach((button) => button.removeEventListener("click", onClick));
  }, []);
  return <p ref={status} className="visually-hidden" role="status" aria-live="polite" />;
}
