interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
  options(options: Record<string, unknown>): Promise<void>;
}

// The index is built at build time into /pagefind/ on this same origin; the bundler leaves this import alone.
const PAGEFIND_URL = "/pagefind/pagefind.js";
const SHOWN_RESULTS = 10;
/**
 * Pagefind's first search that loads a result takes three to four times as long
 * as the ones after it (1,000 essays: 370-460 ms against 80-130 ms). Searching for
 * a word every essay has and loading its best result, about 5 KB, pays that cost
 * while the reader is still reading the page: a first query typed as the page went
 * idle then showed results in a median 318 ms against 575 ms, typed half a second
 * later 217 against 381 ms (2026-12-02, docs/performance.md#serving). Ten results'
 * fragments at once were 80 KB, which a reader may never look at. A rarer word is
 * not cheaper for the reader: one no essay has left the first query at 245 ms
 * against 161 ms (2026-12-03), since what warms Pagefind is a search that finds results.
 */
const WARM_UP_WORD = "the";

type State =
  | { kind: "idle" }
  | { kind: "searching" }
  | { kind: "results"; query: string; total: number; results: PagefindResultData[] }
  | { kind: "unavailable" };

function statusText(state: State): string {
  switch (state.kind) {
    case "idle":
      return "";
    case "searching":
      return "Searching…";
    case "unavailable":
      return "Search is not available: the search index has not been built (run npm run build).";
    case "results": {
      if (state.total === 0) return `No essays match “${state.query}”.`;
      const matches = state.total === 1 ? "1 essay matches" : `${state.total} essays match`;
      const shown = state.total > state.results.length ? `; the best ${state.results.length} are shown` : "";
      return `${matches} “${state.query}”${shown}. Use the arrow keys to move through them.`;
    }
  }
}

/**
 * Full-text search over the published essays with Pagefind's static index, on
 * the search page's form: the query never leaves the reader's browser. The
 * form also works as a plain GET, so the address of a search can be shared;
 * a shared address like /search?q=police opens with its results.
 * Returns a function that undoes everything it set up.
 */
export function startSiteSearch(document: Document): () => void {
  const view = document.defaultView ?? window;
  const root = document.querySelector<HTMLElement>("[data-site-search]");
  const form = root?.querySelector("form");
  const input = root?.querySelector<HTMLInputElement>("input[type=search]");
  const status = root?.querySelector<HTMLElement>("[role=status]");
  const list = root?.querySelector<HTMLOListElement>("ol");
  if (!root || !form || !input || !status || !list) return () => {};

  let pagefindLoading: Promise<Pagefind> | undefined;
  const loadPagefind = () =>
    (pagefindLoading ??= (import(/* webpackIgnore: true */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    }));

  let state: State = { kind: "idle" };
  let latest = 0;
  let live = true;

  const show = (next: State) => {
    if (!live) return;
    state = next;
    status.textContent = statusText(state);
    const items =
      state.kind === "results"
        ? state.results.map((result) => {
            const item = document.createElement("li");
            const heading = document.createElement("h2");
            heading.className = "article-list-title";
            const link = document.createElement("a");
            link.href = result.url;
            link.textContent = result.meta.title ?? result.url;
            heading.append(link);
            // Pagefind escapes the text and adds only <mark> around the matched words.
            const excerpt = document.createElement("p");
            excerpt.innerHTML = result.excerpt;
            item.append(heading, excerpt);
            return item;
          })
        : [];
    list.replaceChildren(...items);
  };

  const run = async (text: string) => {
    const ticket = ++latest;
    const trimmed = text.trim();
    const url = new URL(view.location.href);
    if (trimmed) url.searchParams.set("q", trimmed);
    else url.searchParams.delete("q");
    view.history.replaceState(null, "", url);
    if (!trimmed) return show({ kind: "idle" });
    if (state.kind !== "results") show({ kind: "searching" });
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(trimmed);
      // Each shown result loads its own fragment of the index, so only the best are shown.
      const results = await Promise.all(search.results.slice(0, SHOWN_RESULTS).map((result) => result.data()));
      if (ticket === latest) show({ kind: "results", query: trimmed, total: search.results.length, results });
    } catch {
      if (ticket === latest) show({ kind: "unavailable" });
    }
  };

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void run(input.value);
  };
  const onInput = () => void run(input.value);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = Array.from(list.querySelectorAll<HTMLAnchorElement>("a"));
    if (links.length === 0) return;
    event.preventDefault();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "ArrowDown") links[Math.min(index + 1, links.length - 1)].focus();
    else if (index <= 0) input.focus();
    else links[index - 1].focus();
  };

  form.addEventListener("submit", onSubmit);
  input.addEventListener("input", onInput);
  root.addEventListener("keydown", onKeyDown);
  const initial = new URLSearchParams(view.location.search).get("q") ?? "";
  // A reader who started typing before the script arrived keeps what they typed.
  if (!input.value) input.value = initial;
  input.focus();
  if (input.value) void run(input.value);
  else {
    // Load the index as the page opens, so the first query does not wait for it, and warm it up.
    void loadPagefind()
      .then(async (pagefind) => {
        if (latest > 0) return;
        const search = await pagefind.search(WARM_UP_WORD);
        await search.results[0]?.data();
      })
      .catch(() => undefined);
  }
  root.dataset.siteSearch = "on";
  return () => {
    live = false;
    root.dataset.siteSearch = "";
    form.removeEventListener("submit", onSubmit);
    input.removeEventListener("input", onInput);
    root.removeEventListener("keydown", onKeyDown);
  };
}
