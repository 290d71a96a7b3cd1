/**
 * A route's `generateStaticParams`, for builds only. Under `next dev`, Next
 * asks a dynamic route for its params on every request, in a fresh worker
 * process that loads the route's code again: about 70 ms of every essay reload
 * while editing, whatever the archive's size (a third of the reload on this
 * 2-core machine). While editing, every page renders on request anyway, and
 * each page and route answers 404 itself for a slug it does not know.
 */
export function paramsForBuild<Params>(params: () => Promise<Params[]>): (() => Promise<Params[]>) | undefined {
  return process.env.NODE_ENV === "development" ? undefined : params;
}
