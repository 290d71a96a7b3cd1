import { loadSite } from "./load";
import type { Site } from "./types";

export * from "./queries";
export * from "./published";
export type * from "./types";
export { ContentError, formatProblem, formatProblems, type ContentProblem } from "./problems";
export { checkContent, loadSite } from "./load";

let loading: Promise<Site> | undefined;

/**
 * The site's content, loaded once per process and shared by every route, feed
 * and image. Drafts are included only outside production builds.
 */
export function getSite(): Promise<Site> {
  if (process.env.NODE_ENV === "development") {
    // While editing, reload on every request so a saved file shows on reload;
    // unchanged files come from the tree cache, so this stays cheap.
    return loadSite({ includeDrafts: true });
  }
  loading ??= loadSite({ includeDrafts: false });
  return loading;
}
