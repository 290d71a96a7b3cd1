/**
 * Marks the outline entry of the step being read with aria-current="step", so
 * the outline in the margin shows the reader where they are in the steps. On
 * wide screens the outline is always open in the margin; CSS shows it without
 * JavaScript, and this keeps the disclosure's state truthful.
 * Returns a function that undoes everything it set up.
 */
export function startActionStepTracker(document: Document): () => void {
  const view = document.defaultView ?? window;
  const details = document.querySelector<HTMLDetailsElement>(".outline-details");
  const wide = view.matchMedia("(min-width: 75rem)");
  const openOnWideScreens = () => {
    if (details && wide.matches) details.open = true;
  };
  openOnWideScreens();
  wide.addEventListener("change", openOnWideScreens);

  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>(".action-step-outline li a"));
  const steps = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1)))).filter((step): step is HTMLElement => step !== null);
  if (steps.length === 0) return () => wide.removeEventListener("change", openOnWideScreens);

  let frame = 0;
  // The step being read is the topmost one still on screen, once it has
  // reached the upper half of the window; before the steps and after them, none is.
  const update = () => {
    frame = 0;
    const currentIndex = steps.findIndex((step) => {
      const box = (step.closest("li") ?? step).getBoundingClientRect();
      return box.bottom > 48 && box.top < view.innerHeight / 2;
    });
    links.forEach((link, index) => {
      if (index === currentIndex) link.setAttribute("aria-current", "step");
      else link.removeAttribute("aria-current");
    });
  };
  const schedule = () => {
    if (!frame) frame = view.requestAnimationFrame(update);
  };
  update();
  view.addEventListener("scroll", schedule, { passive: true });
  view.addEventListener("resize", schedule);
  view.addEventListener("hashchange", schedule);
  return () => {
    wide.removeEventListener("change", openOnWideScreens);
    view.cancelAnimationFrame(frame);
    view.removeEventListener("scroll", schedule);
    view.removeEventListener("resize", schedule);
    view.removeEventListener("hashchange", schedule);
    links.forEach((link) => link.removeAttribute("aria-current"));
  };
}
