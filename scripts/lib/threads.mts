/**
 * Next builds on one worker and leaves the machine's other cores idle; the
 * build's own steps share their work out to one thread per core instead.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * Runs `moduleUrl` once per share, each on its own thread, with the share as its
 * `workerData`; the module tells the threads from the main one with `isMainThread`.
 */
export function runOnThreads(moduleUrl: string, shares: unknown[], what: string): Promise<void> {
  // A thread does not inherit tsx's loaders, so it registers both (TSX files load as CommonJS) before it loads the module.
  const entry = `require("tsx/cjs/api").register(); import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); })`;
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(entry, { eval: true, workerData: share });
          worker.on("error", reject);
          worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a thread ${what} stopped with code ${code}`))));
        }),
    ),
  ).then(() => undefined);
}

/** How many threads a job of `count` items earns: one per `perThread` items begun, at most one per core. */
export function threadsFor(count: number, perThread: number): number {
  return Math.min(availableParallelism(), Math.ceil(count / perThread));
}

/** Splits items into `count` shares of about equal weight: each item, heaviest first, goes to the lightest share. */
export function sharesByWeight<Item>(items: Item[], weightOf: (item: Item) => number, count: number): Item[][] {
  const shares = Array.from({ length: count }, () => ({ items: [] as Item[], weight: 0 }));
  const weighed = items.map((item) => ({ item, weight: weightOf(item) })).sort((a, b) => b.weight - a.weight);
  for (const { item, weight } of weighed) {
    const share = shares.reduce((lightest, candidate) => (candidate.weight < lightest.weight ? candidate : lightest));
    share.items.push(item);
    share.weight += weight;
  }
  return shares.map((share) => share.items);
}
