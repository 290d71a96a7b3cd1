import { describe, expect, it } from "vitest";
import { PAGE_SIZE, pageCount, pageOf, pageParams, pagePath, parsePageNumber } from "@/lib/pagination";

const items = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, index) => index);

describe("pagination", () => {
  it("splits a list into pages of a fixed size", () => {
    expect(pageCount(items.length)).toBe(3);
    expect(pageOf(items, 1)?.items).toEqual(items.slice(0, PAGE_SIZE));
    expect(pageOf(items, 3)?.items).toEqual(items.slice(PAGE_SIZE * 2));
    expect(pageOf(items, 4)).toBeUndefined();
    expect(pageOf([], 1)).toEqual({ items: [], number: 1, count: 1 });
  });

  it("gives every page a route and links page 1 to the list itself", () => {
    expect(pageParams(items.length)).toEqual([{ number: "1" }, { number: "2" }, { number: "3" }]);
    expect(pagePath("/", 1)).toBe("/");
    expect(pagePath("/", 2)).toBe("/page/2");
    expect(pagePath("/topics/health", 3)).toBe("/topics/health/page/3");
  });

  it("reads page numbers strictly", () => {
    expect(parsePageNumber("2")).toBe(2);
    for (const bad of ["0", "02", "2.0", "-1", "two", "", "1e3"]) expect(parsePageNumber(bad)).toBeUndefined();
  });
});
