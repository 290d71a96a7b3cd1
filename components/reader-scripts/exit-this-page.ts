const PRESSES_TO_EXIT = 3;
const PRESS_WINDOW_MS = 5000;

/**
 * What "Exit this page" does with JavaScript. Leaving covers the page first,
 * so nothing of it shows while the other site loads, and uses
 * location.replace, so Back does not return to it. The shortcut is Shift
 * pressed and released three times within five seconds with no other key
 * between: Shift held for a capital letter is typing, not a press. Without
 * JavaScript the control is a plain link to the neutral site.
 *
 * Plain DOM code, on the document that holds the control. Returns a function
 * that undoes everything it set up.
 */
export function startExitThisPage(document: Document): () => void {
  const view = document.defaultView ?? window;
  const link = document.querySelector<HTMLAnchorElement>("[data-exit-this-page]");
  const presses = document.querySelector<HTMLElement>("[data-exit-presses]");
  const status = document.querySelector<HTMLElement>("[data-exit-status]");
  const cover = document.querySelector<HTMLElement>("[data-exit-cover]");
  if (!link || !presses || !status || !cover) return () => {};

  let count = 0;
  let shiftAlone = false;
  let windowTimer: number | undefined;

  const show = (text: string) => {
    presses.hidden = count === 0;
    Array.from(presses.children).forEach((dot, index) => dot.toggleAttribute("data-pressed", index < count));
    status.textContent = text;
  };
  const reset = (text = "") => {
    view.clearTimeout(windowTimer);
    count = 0;
    show(text);
  };
  const leave = () => {
    cover.hidden = false;
    show("Leaving this page.");
    view.location.replace(link.href);
  };

  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    leave();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Shift") {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    shiftAlone = false;
    if (count > 0) reset("Exit this page shortcut cancelled.");
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== "Shift" || !shiftAlone) return;
    shiftAlone = false;
    count += 1;
    if (count === 1) windowTimer = view.setTimeout(() => reset("Exit this page shortcut timed out."), PRESS_WINDOW_MS);
    if (count >= PRESSES_TO_EXIT) return leave();
    const left = PRESSES_TO_EXIT - count;
    show(`Shift, press ${left} more ${left === 1 ? "time" : "times"} to exit.`);
  };
  // A page restored from the back-forward cache must not stay covered.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) {
      cover.hidden = true;
      reset();
    }
  };

  link.addEventListener("click", onClick);
  document.addEventListener("keydown", onKeyDown, true);
  document.addEventListener("keyup", onKeyUp, true);
  view.addEventListener("pageshow", onPageShow);
  // Says that the cover and the shortcut are live (the browser tests wait for it).
  link.dataset.exitScript = "on";
  return () => {
    delete link.dataset.exitScript;
    view.clearTimeout(windowTimer);
    link.removeEventListener("click", onClick);
    document.removeEventListener("keydown", onKeyDown, true);
    document.removeEventListener("keyup", onKeyUp, true);
    view.removeEventListener("pageshow", onPageShow);
  };
}
