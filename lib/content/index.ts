import { cache } from "react";
import { EditingSite } from "./editing-site";
import { contentLayout } from "./layout";
import { loadSite } from "./load";
import type { Site } from "./types";

export * from "./queries";
export * from "./published";
export type * from "./types";
export { ContentError, formatProblem, formatProblems, type ContentProblem } from "./problems";
export { checkContent, loadSite } from "./load";

let editing: EditingSite | undefined;

/**
 * Next bundles pages and route handlers (feeds, citation files, images) apart,
 * so a build worker holds several copies of this module. The built site is
 * kept on globalThis, so the content is read once per process, not per copy.
 * (While editing it stays with the module, so that a change to this code
 * takes effect on the next reload.)
 */
const built = ((globalThis as Record<symbol, unknown>)[Symbol.for("reframe.content.site")] ??= {}) as { site?: Promise<Site> };

// One look at the content folder per request, however many layouts, pages and
// metadata functions ask: React's per-request cache (outside a server render,
// in scripts and tests, it calls through). Only the editing path needs it; the
// build's site is loaded once per process anyway.
const editingSiteForRequest = cache(async (): Promise<Site> => {
  editing ??= new EditingSite(contentLayout());
  return (await editing.load()).site;
});

/**
 * The site's content, loaded once per process and shared by every route, feed
 * and image. Drafts are included only outside production builds.
 *
 * While editing (`next dev`) a saved file shows on the next reload: each call
 * compares the content folder with the last load and reads only what changed,
 * and a file with problems is shown with them instead of failing every page.
 */
export async function getSite(): Promise<Site> {
  if (process.env.NODE_ENV === "development") return editingSiteForRequest();
  built.site ??= loadSite({ includeDrafts: false });
  return built.site;
}
