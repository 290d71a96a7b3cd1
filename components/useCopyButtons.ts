"use client";

import { type RefObject, useEffect, useRef } from "react";

interface CopyButtons {
  /** Which hidden buttons to bring to life. */
  selector: string;
  /** The button's label again after "Copied". */
  label: string;
  /** Copies what the button stands for and returns what to announce. */
  copy: (button: HTMLButtonElement) => Promise<string>;
  /** What to announce when the browser refused. */
  failure: string;
}

/**
 * Shows the hidden copy buttons where the browser can copy (without it, or
 * without JavaScript, they stay hidden), copies on click, and announces the
 * result in the returned polite status element.
 */
export function useCopyButtons({ selector, label, copy, failure }: CopyButtons): RefObject<HTMLParagraphElement | null> {
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!navigator.clipboard) return;
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>(selector));
    const announce = (message: string) => {
      if (status.current) status.current.textContent = message;
    };
    const onClick = async (event: Event) => {
      const button = event.currentTarget as HTMLButtonElement;
      try {
        const message = await copy(button);
        button.textContent = "Copied";
        announce(message);
      } catch {
        announce(failure);
      }
      window.setTimeout(() => {
        button.textContent = label;
      }, 2000);
    };
    for (const button of buttons) {
      button.hidden = false;
      button.addEventListener("click", onClick);
    }
    return () => buttons.forEach((button) => button.removeEventListener("click", onClick));
  }, [selector, label, copy, failure]);
  return status;
}
