import { readFileSync, writeFileSync } from "node:fs";
import { sortPagesObject } from "next/dist/shared/lib/router/utils/sortable-routes";

/**
 * `.next/prerender-manifest.json` lists every prerendered path; `next start`
 * answers a path of a route without fallback (`dynamicParams = false`) only
 * when it is listed there, and serves it from the files the build wrote. A
 * build that makes only the changed outputs gets a manifest of those alone, so
 * the kept outputs' entries are copied over from the previous build's
 * manifest, and written the way Next writes it (sorted, two-space JSON), so the
 * manifest equals a full build's.
 */
interface PrerenderManifest {
  routes: Record<string, unknown>;
  dynamicRoutes: Record<string, unknown>;
}

export function readPrerenderManifest(file: string): PrerenderManifest {
  return JSON.parse(readFileSync(file, "utf8")) as PrerenderManifest;
}

export function withKeptRoutes(manifest: PrerenderManifest, previous: PrerenderManifest, kept: string[]): PrerenderManifest {
  const routes = { ...manifest.routes };
  for (const route of kept) {
    const entry = previous.routes[route];
    if (!entry) throw new Error(`the previous build's prerender manifest has no entry for ${route}, which this build keeps`);
    routes[route] = entry;
  }
  return { ...manifest, routes: sortPagesObject(routes), dynamicRoutes: sortPagesObject(manifest.dynamicRoutes) };
}

export function writePrerenderManifest(file: string, manifest: PrerenderManifest): void {
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}
