import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { sharesByWeight, threadsFor } from "../../scripts/lib/threads.mjs";

describe("sharing a build step's work out to threads", () => {
  it("puts every item in exactly one share, the shares about equal in weight", () => {
    // Like a build's pages: a few essays several times the size of the many small pages.
    const sizes = [...Array.from({ length: 10 }, () => 115), ...Array.from({ length: 40 }, (_, n) => 20 + (n % 7))];
    const shares = sharesByWeight(
      sizes.map((size, index) => ({ index, size })),
      (page) => page.size,
      2,
    );
    expect(shares.flat().map((page) => page.index).sort((a, b) => a - b)).toEqual(sizes.map((_, index) => index));
    const weights = shares.map((share) => share.reduce((sum, page) => sum + page.size, 0));
    expect(Math.abs(weights[0] - weights[1])).toBeLessThanOrEqual(Math.max(...sizes));
  });

  it("starts a thread per so many items, never more than the machine's cores", () => {
    expect(threadsFor(0, 100)).toBe(0);
    expect(threadsFor(99, 100)).toBe(1);
    expect(threadsFor(101, 100)).toBe(Math.min(2, availableParallelism()));
    expect(threadsFor(1_000_000, 100)).toBe(availableParallelism());
  });
});
