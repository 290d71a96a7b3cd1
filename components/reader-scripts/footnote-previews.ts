/**
 * Shows a footnote beside its reference when the reference is hovered,
 * focused or tapped. Without JavaScript the reference is a plain link to the
 * note, which is what the second tap on a touch screen still does.
 *
 * Plain DOM code with no framework, working on the document that holds
 * `prose` (the essay page, or the editor's preview frame), so any page can run
 * it. Returns a function that undoes everything it set up.
 */
export function startFootnotePreviews(prose: HTMLElement): () => void {
  const document = prose.ownerDocument;
  // Checks use this document's own Element and Node: a frame's nodes are not instances of the parent's.
  const view = document.defaultView ?? window;

  const popover = document.createElement("div");
  popover.id = "footnote-preview";
  popover.className = "footnote-popover";
  popover.setAttribute("role", "note");
  popover.hidden = true;

  let current: HTMLAnchorElement | null = null;
  let hideTimer: number | undefined;
  let lastPointer = "mouse";
  // After Escape, focus returns to the reference without reopening its preview.
  let quietFocus = false;

  const noteFor = (reference: HTMLAnchorElement) => document.getElementById(decodeURIComponent(reference.hash.slice(1)));

  function show(reference: HTMLAnchorElement) {
    view.clearTimeout(hideTimer);
    if (current === reference && !popover.hidden) return;
    const note = noteFor(reference);
    if (!note) return;
    if (current) hide();
    const content = note.cloneNode(true) as HTMLElement;
    content.querySelectorAll("[data-footnote-backref]").forEach((link) => link.remove());
    content.querySelectorAll("[id]").forEach((element) => element.removeAttribute("id"));
    const label = reference.textContent ?? "";
    const heading = document.createElement("a");
    heading.href = reference.hash;
    heading.className = "footnote-popover-label";
    heading.textContent = `Note ${label}`;
    popover.replaceChildren(heading, ...Array.from(content.childNodes));
    reference.parentElement!.after(popover);
    popover.hidden = false;
    place(reference);
    current = reference;
    reference.dataset.describedBy = reference.getAttribute("aria-describedby") ?? "";
    reference.setAttribute("aria-describedby", popover.id);
    reference.setAttribute("aria-expanded", "true");
  }

  function place(reference: HTMLAnchorElement) {
    const container = prose.getBoundingClientRect();
    const box = reference.getBoundingClientRect();
    const width = Math.min(352, container.width);
    const left = Math.max(0, Math.min(box.left - container.left - 16, container.width - width));
    popover.style.width = `${width}px`;
    popover.style.left = `${left}px`;
    popover.style.top = `${box.bottom - container.top + 6}px`;
  }

  function hide() {
    view.clearTimeout(hideTimer);
    if (!current) return;
    popover.hidden = true;
    current.setAttribute("aria-describedby", current.dataset.describedBy ?? "");
    current.setAttribute("aria-expanded", "false");
    current = null;
  }

  const scheduleHide = () => {
    view.clearTimeout(hideTimer);
    hideTimer = view.setTimeout(hide, 250);
  };
  const referenceIn = (target: EventTarget | null) =>
    target instanceof view.Element ? target.closest<HTMLAnchorElement>("a[data-footnote-ref]") : null;
  const inPreview = (target: EventTarget | null) => target instanceof view.Node && popover.contains(target);
  // Chromium focuses the element an address names, as a keyboard would (:focus-visible), when a
  // page opens or steps back in history at a note's way back; that reader did not tab to it, and
  // the preview would cover the sentence they came back to. Tab as the last thing pressed says they did.
  let tabbed = false;
  const focusedByKeyboard = (reference: HTMLAnchorElement) => reference.matches(":focus-visible") && (tabbed || !reference.matches(":target"));

  const onPointerDown = (event: PointerEvent) => {
    lastPointer = event.pointerType;
    tabbed = false;
  };
  const onPointerOver = (event: PointerEvent) => {
    if (event.pointerType !== "mouse") return;
    const reference = referenceIn(event.target);
    if (reference) show(reference);
    else if (inPreview(event.target)) view.clearTimeout(hideTimer);
  };
  const onPointerOut = (event: PointerEvent) => {
    if (event.pointerType !== "mouse" || !current) return;
    if (referenceIn(event.relatedTarget) === current || inPreview(event.relatedTarget)) return;
    if (referenceIn(event.target) === current || inPreview(event.target)) scheduleHide();
  };
  const onFocusIn = (event: FocusEvent) => {
    const reference = referenceIn(event.target);
    if (quietFocus) {
      quietFocus = false;
      return;
    }
    // Keyboard focus opens the preview; focus that follows a click or a jump back from the note does not.
    if (reference && focusedByKeyboard(reference)) show(reference);
    else if (!inPreview(event.target)) hide();
  };
  const onFocusOut = (event: FocusEvent) => {
    if (!current) return;
    if (referenceIn(event.relatedTarget) === current || inPreview(event.relatedTarget)) return;
    scheduleHide();
  };
  const onClick = (event: MouseEvent) => {
    const reference = referenceIn(event.target);
    if (!reference) {
      if (current && !inPreview(event.target)) hide();
      return;
    }
    // First tap on a touch screen opens the preview; the second follows the link.
    if (lastPointer !== "mouse" && current !== reference) {
      event.preventDefault();
      show(reference);
    } else {
      hide();
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    tabbed = event.key === "Tab";
    if (event.key !== "Escape" || !current) return;
    const reference = current;
    hide();
    if (inPreview(document.activeElement)) {
      quietFocus = true;
      reference.focus();
    }
  };

  document.addEventListener("pointerdown", onPointerDown, true);
  prose.addEventListener("pointerover", onPointerOver);
  prose.addEventListener("pointerout", onPointerOut);
  prose.addEventListener("focusin", onFocusIn);
  prose.addEventListener("focusout", onFocusOut);
  document.addEventListener("click", onClick);
  document.addEventListener("keydown", onKeyDown);
  // The page's scripts load after its first paint: a reader may already have tabbed to a reference.
  const focused = referenceIn(document.activeElement);
  if (focused && focusedByKeyboard(focused)) show(focused);
  // Says the previews are live (the browser tests wait for it, as for the exit shortcut).
  prose.dataset.footnotePreviews = "on";
  return () => {
    delete prose.dataset.footnotePreviews;
    hide();
    popover.remove();
    document.removeEventListener("pointerdown", onPointerDown, true);
    prose.removeEventListener("pointerover", onPointerOver);
    prose.removeEventListener("pointerout", onPointerOut);
    prose.removeEventListener("focusin", onFocusIn);
    prose.removeEventListener("focusout", onFocusOut);
    document.removeEventListener("click", onClick);
    document.removeEventListener("keydown", onKeyDown);
  };
}
