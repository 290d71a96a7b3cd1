interface CopyButtons {
  /** Which hidden buttons to bring to life. */
  selector: string;
  /** The polite status element that announces each copy. */
  status: string;
  /** The button's label again after "Copied". */
  label: string;
  /** Copies what the button stands for and returns what to announce. */
  copy: (button: HTMLButtonElement, clipboard: Clipboard) => Promise<string>;
  /** What to announce when the browser refused. */
  failure: string;
}

/**
 * Shows the hidden copy buttons where the browser can copy (without it, or
 * without JavaScript, they stay hidden), copies on click, and announces the
 * result in the status element. Returns a function that undoes it.
 */
export function startCopyButtons(document: Document, { selector, status, label, copy, failure }: CopyButtons): () => void {
  const view = document.defaultView ?? window;
  const clipboard = view.navigator.clipboard;
  const announcer = document.querySelector<HTMLElement>(status);
  if (!clipboard || !announcer) return () => {};
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>(selector));
  const timers = new Set<number>();
  const onClick = async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    try {
      const message = await copy(button, clipboard);
      button.textContent = "Copied";
      announcer.textContent = message;
    } catch {
      announcer.textContent = failure;
    }
    const timer = view.setTimeout(() => {
      timers.delete(timer);
      button.textContent = label;
    }, 2000);
    timers.add(timer);
  };
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener("click", onClick);
  }
  return () => {
    timers.forEach((timer) => view.clearTimeout(timer));
    for (const button of buttons) {
      button.hidden = true;
      button.textContent = label;
      button.removeEventListener("click", onClick);
    }
  };
}
