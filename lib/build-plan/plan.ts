import type { PlannedOutput } from "./prerendered-routes";

/**
 * What a finished build leaves for the next one to compare against: its build
 * ID (the hash of its code, lockfile and configuration) and the key of every
 * output its prerendered routes made.
 */
export interface BuildRecord {
  buildId: string;
  outputs: Record<string, { route: string; key: string }>;
}

export type BuildPlan =
  | { kind: "full"; reason: string }
  | {
      kind: "incremental";
      /** Made by this build: new outputs, and those whose key changed. */
      render: PlannedOutput[];
      /** Kept from the previous build as they are. */
      reuse: PlannedOutput[];
      /** Paths of the previous build's outputs that this build no longer has. */
      remove: string[];
    };

/**
 * Decides what a build makes and what it keeps, from the previous build's
 * record and this build's outputs. Pure: the build (scripts/build.mts) does
 * the work, the tests replay many edits through this.
 *
 * - No record, or another build ID (the code, the lockfile or the
 *   configuration changed): everything is made again.
 * - Otherwise an output is kept when the previous build made it from the same
 *   input (same key) and its files are still there; every other output is made.
 * - Next refuses a route that prerenders nothing (a static export, and routes
 *   marked force-static, require at least one set of params), so a route
 *   whose outputs are all unchanged still makes its first one again.
 */
export function planBuild(previous: BuildRecord | undefined, buildId: string, outputs: PlannedOutput[], isBuilt: (path: string) => boolean): BuildPlan {
  if (!previous) return { kind: "full", reason: "no earlier build to start from" };
  if (previous.buildId !== buildId) return { kind: "full", reason: "the code, the lockfile or the configuration changed since the last build" };
  const render: PlannedOutput[] = [];
  const reuse: PlannedOutput[] = [];
  for (const output of outputs) {
    const before = previous.outputs[output.path];
    if (before && before.route === output.route && before.key === output.key && isBuilt(output.path)) reuse.push(output);
    else render.push(output);
  }
  const rendered = new Set(render.map((output) => output.route));
  for (const route of new Set(outputs.map((output) => output.route))) {
    if (rendered.has(route)) continue;
    const first = reuse.findIndex((output) => output.route === route);
    render.push(...reuse.splice(first, 1));
  }
  const current = new Set(outputs.map((output) => output.path));
  const remove = Object.keys(previous.outputs).filter((path) => !current.has(path));
  return { kind: "incremental", render, reuse, remove };
}

/** The record a build leaves once every step has finished. */
export function buildRecord(buildId: string, outputs: PlannedOutput[]): BuildRecord {
  return { buildId, outputs: Object.fromEntries(outputs.map((output) => [output.path, { route: output.route, key: output.key }])) };
}
