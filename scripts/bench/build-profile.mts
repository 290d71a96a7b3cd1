/** Where a finished `next build` spent its time: by phase (from Next's own trace) and by route kind. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Next's top-level build spans (in .next/trace) under the names the bench prints. */
const PHASES: Record<string, string> = {
  "run-turbopack": "compile",
  "run-typescript": "type check",
  "static-check": "collect page data",
  "static-generation": "generate pages",
};

export interface BuildProfile {
  phasesMs: Record<string, number>;
  /** Generation time attributed to each kind of route, from when each prerendered route was written. */
  routeKindsMs: Record<string, number>;
  routeCounts: Record<string, number>;
}

function traceSpans(dir: string, distDir: string): { name: string; duration: number; startTime: number }[] {
  const file = path.join(dir, distDir, "trace");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .flatMap((line) => {
      try {
        return JSON.parse(line) as { name: string; duration: number; startTime: number }[];
      } catch {
        return [];
      }
    });
}

export function routeKind(route: string): string {
  if (/opengraph-image$/.test(route)) return "share images";
  if (/^articles\/[^/]+\/actions$/.test(route)) return "action sheets";
  if (/^articles\/[^/]+$/.test(route)) return "essay pages";
  if (/\.(xml|json)$/.test(route)) return "feeds and sitemap";
  if (/^(index|collective|topics(\/.*)?|authors\/.*|page\/\d+)$/.test(route)) return "lists";
  return "other";
}

function metaFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return metaFiles(full, base);
    return entry.name.endsWith(".meta") ? [path.relative(base, full).replace(/\.meta$/, "")] : [];
  });
}

/** `distDir`: where the build is, `.next` (or `.next-static-build` once a static export has put it aside). */
export function buildProfile(dir: string, distDir = ".next"): BuildProfile {
  const spans = traceSpans(dir, distDir);
  const phasesMs: Record<string, number> = {};
  for (const span of spans) if (PHASES[span.name]) phasesMs[PHASES[span.name]] = (phasesMs[PHASES[span.name]] ?? 0) + span.duration / 1000;
  const generation = spans.find((span) => span.name === "static-generation");
  const appDir = path.join(dir, distDir, "server", "app");
  const routeKindsMs: Record<string, number> = {};
  const routeCounts: Record<string, number> = {};
  if (generation && existsSync(appDir)) {
    // Each prerendered route is written when it is done; the time since the previous
    // write is charged to it. Next renders a few routes at once, so this is a share, not a stopwatch.
    const written = metaFiles(appDir)
      .map((route) => ({ route, at: statSync(path.join(appDir, `${route}.meta`)).mtimeMs }))
      .sort((a, b) => a.at - b.at);
    let previous = generation.startTime;
    for (const { route, at } of written) {
      // Kept from an earlier build, not made by this one.
      if (at < generation.startTime) continue;
      const kind = routeKind(route);
      routeKindsMs[kind] = (routeKindsMs[kind] ?? 0) + Math.max(0, at - previous);
      routeCounts[kind] = (routeCounts[kind] ?? 0) + 1;
      previous = Math.max(previous, at);
    }
  }
  return { phasesMs, routeKindsMs, routeCounts };
}
