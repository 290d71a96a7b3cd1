"use client";

import { useEffect, useRef } from "react";

/** Brings the hidden "Copy link" buttons to life and announces each copy. */
export function StepLinkCopier() {
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!navigator.clipboard) return;
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-copy-link]"));
    const onClick = async (event: Event) => {
      const button = event.currentTarget as HTMLButtonElement;
      const url = `${location.origin}${location.pathname}${button.dataset.copyLink}`;
      try {
        await navigator.clipboard.writeText(url);
        button.textContent = "Copied";
        if (status.current) status.current.textContent = `Link copied: ${url}`;
      } catch {
        if (status.current) status.current.textContent = "The link could not be copied; use the # link beside the step instead.";
      }
      window.setTimeout(() => {
        button.textContent = "Copy link";
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
