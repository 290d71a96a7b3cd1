/**
 * Lists of essays are split into pages of a fixed size, so the home, topic and
 * author pages weigh the same with ten essays or ten thousand.
 */
export const PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** The requested page, or undefined when the number is not a page of this list. */
export function pageOf<T>(items: readonly T[], number: number): Page<T> | undefined {
  const count = pageCount(items.length);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  return { items: items.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE), number, count };
}

/**
 * Every page of a list as route params: [{ number: "1" }, { number: "2" }, …].
 * Page 1 also has a /page/1 address, whose canonical URL is the list itself,
 * because a static export needs every paginated route to have a page.
 */
export function pageParams(total: number): { number: string }[] {
  return Array.from({ length: pageCount(total) }, (_, index) => ({ number: String(index + 1) }));
}

/** Parses a route's page number strictly: "2" is page 2; "02" and "2.0" are not pages. */
export function parsePageNumber(value: string): number | undefined {
  return /^[1-9]\d*$/.test(value) ? Number(value) : undefined;
}

/** The route of page `number` of the list at `basePath`, e.g. /topics/x/page/2. */
export function pageRoutePath(basePath: string, number: number): string {
  return `${basePath === "/" ? "" : basePath}/page/${number}`;
}

/** The address to link to for page `number`: page 1 is the list itself. */
export function pagePath(basePath: string, number: number): string {
  return number === 1 ? basePath : pageRoutePath(basePath, number);
}
