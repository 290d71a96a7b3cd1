"use client";

import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import "./ArticleList.css";
import "./search-form.css";
import "./SiteSearch.css";

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

// The index is built at build time into /pagefind/ on this same origin.
const PAGEFIND_URL = "/pagefind/pagefind.js";
let pagefindLoading: Promise<Pagefind> | undefined;
const SHOWN_RESULTS = 10;
function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  });
  return pagefindLoading;
}

type State =
  | { kind: "idle" }
  | { kind: "searching" }
  | { kind: "results"; query: string; total: number; results: PagefindResultData[] }
  | { kind: "unavailable" };

/**
 * Full-text search over the published essays with Pagefind's static index: the
 * query never leaves the reader's browser. The form also works as a plain GET,
 * so the address of a search can be shared.
 */
export function SiteSearch() {
  const [state, setState] = useState<State>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const latest = useRef(0);

  async function run(text: string) {
    const ticket = ++latest.current;
    const trimmed = text.trim();
    const url = new URL(window.location.href);
    if (trimmed) url.searchParams.set("q", trimmed);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
    if (!trimmed) {
      setState({ kind: "idle" });
      return;
    }
    setState((previous) => (previous.kind === "results" ? previous : { kind: "searching" }));
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(trimmed);
      // Each shown result loads its own fragment of the index, so only the best are shown.
      const results = await Promise.all(search.results.slice(0, SHOWN_RESULTS).map((result) => result.data()));
      if (ticket === latest.current) setState({ kind: "results", query: trimmed, total: search.results.length, results });
    } catch {
      if (ticket === latest.current) setState({ kind: "unavailable" });
    }
  }

  useEffect(() => {
    // Load the index as the page opens, so the first query does not wait for it.
    void loadPagefind().catch(() => undefined);
    // A shared address like /search?q=police opens with its results.
    const initial = new URLSearchParams(window.location.search).get("q") ?? "";
    if (input.current) {
      input.current.value = initial;
      input.current.focus();
    }
    // Searching starts after this effect rather than inside it, like any other update from outside React.
    if (initial) void Promise.resolve().then(() => run(initial));
  }, []);

  function moveFocus(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = Array.from(list.current?.querySelectorAll<HTMLAnchorElement>("a") ?? []);
    if (links.length === 0) return;
    event.preventDefault();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "ArrowDown") links[Math.min(index + 1, links.length - 1)].focus();
    else if (index <= 0) input.current?.focus();
    else links[index - 1].focus();
  }

  return (
    <div onKeyDown={moveFocus}>
      <form role="search" aria-label="Essays" action="/search" method="get" onSubmit={(event) => {
          event.preventDefault();
          void run(input.current?.value ?? "");
        }}>
        <label htmlFor="search-page-query">Search the essays</label>{" "}
        <input
          ref={input}
          id="search-page-query"
          name="q"
          type="search"
          autoComplete="off"
          aria-controls="search-results"
          onChange={(event) => void run(event.target.value)}
        />{" "}
        <button type="submit">Search</button>
      </form>
      <p role="status" className="meta search-status">
        {state.kind === "searching" && "Searching…"}
        {state.kind === "results" &&
          (state.total === 0
            ? `No essays match “${state.query}”.`
            : `${state.total === 1 ? "1 essay matches" : `${state.total} essays match`} “${state.query}”${state.total > state.results.length ? `; the best ${state.results.length} are shown` : ""}. Use the arrow keys to move through them.`)}
        {state.kind === "unavailable" && "Search is not available: the search index has not been built (run npm run build)."}
      </p>
      <ol ref={list} id="search-results" className="search-results">
        {state.kind === "results" &&
          state.results.map((result) => (
            <li key={result.url}>
              <h2 className="article-list-title">
                <a href={result.url}>{result.meta.title ?? result.url}</a>
              </h2>
              {/* Pagefind escapes the text and adds only <mark> around the matched words. */}
              <p dangerouslySetInnerHTML={{ __html: result.excerpt }} />
            </li>
          ))}
      </ol>
      <noscript>
        <p>Search runs in your browser and needs JavaScript. Every essay is also listed on the home page and on the topic pages.</p>
      </noscript>
    </div>
  );
}
