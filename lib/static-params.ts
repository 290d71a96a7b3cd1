import { readFileSync } from "node:fs";
import { PRERENDERED_ROUTES, type PrerenderedRouteName, type RouteParams } from "@/lib/build-plan/prerendered-routes";
import { getSite } from "@/lib/content";

/**
 * A route's `generateStaticParams`, for builds only: every output of the route
 * (lib/build-plan/prerendered-routes.ts), or, in a build that keeps what did
 * not change (scripts/build.mts), only the outputs the build plan says to make.
 *
 * Under `next dev`, Next asks a dynamic route for its params on every request,
 * in a fresh worker process that loads the route's code again: about 70 ms of
 * every essay reload while editing, whatever the archive's size (a third of
 * the reload on this 2-core machine). While editing, every page renders on
 * request anyway, and each page and route answers 404 itself for a slug it
 * does not know.
 */
export function paramsForBuild(route: PrerenderedRouteName): (() => Promise<RouteParams[]>) | undefined {
  if (process.env.NODE_ENV === "development") return undefined;
  return async () => {
    const definition = PRERENDERED_ROUTES[route];
    const params = definition.params(await getSite());
    const plan = buildPlan();
    if (!plan) return params;
    return params.filter((each) => {
      const path = definition.path(each);
      if (plan.render.has(path)) return true;
      if (plan.reuse.has(path)) return false;
      throw new Error(`${path} is in neither list of the build plan (${process.env[BUILD_PLAN_VARIABLE]}): the content changed while the site was building; build again`);
    });
  };
}

/**
 * The `generateStaticParams` of a route the build plan does not cover (its
 * outputs are few and made by every build, like the reader scripts): these
 * params in a build, none under `next dev`, for the reason above.
 */
export function paramsForEveryBuild<Params>(params: () => Promise<Params[]>): (() => Promise<Params[]>) | undefined {
  return process.env.NODE_ENV === "development" ? undefined : params;
}

/** Names the plan file of a build that keeps unchanged outputs; unset, a build makes everything. */
export const BUILD_PLAN_VARIABLE = "REFRAME_BUILD_PLAN";

/** The plan file: the paths this build makes and those it keeps from the previous one. */
export interface BuildPlanFile {
  render: string[];
  reuse: string[];
}

let plan: { render: Set<string>; reuse: Set<string> } | null | undefined;

function buildPlan() {
  if (plan !== undefined) return plan;
  const file = process.env[BUILD_PLAN_VARIABLE];
  if (!file) return (plan = null);
  // Written by the build's first step; never traced into the server bundle.
  const { render, reuse } = JSON.parse(readFileSync(/* turbopackIgnore: true */ file, "utf8")) as BuildPlanFile;
  return (plan = { render: new Set(render), reuse: new Set(reuse) });
}
