/**
 * What an editor's MDX may contain beyond Markdown. Anything not listed here is
 * refused by the content check, so the list is the whole attack surface.
 */

/** The site's own content components, by the name editors write. */
export const CONTENT_COMPONENTS = {
  ActionSteps: { attributes: [] as string[] },
} as const;

/** Plain HTML elements with no behaviour, and the attributes each may carry. */
export const SAFE_ELEMENTS: Record<string, readonly string[]> = {
  abbr: ["title"],
  b: [],
  blockquote: ["cite"],
  br: [],
  cite: [],
  code: [],
  dd: [],
  del: ["datetime"],
  dfn: ["title"],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  i: [],
  ins: ["datetime"],
  kbd: [],
  mark: [],
  q: ["cite"],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  time: ["datetime"],
  u: [],
};

/** Attributes allowed on every safe element. */
export const GLOBAL_ATTRIBUTES = ["lang", "dir", "title"] as const;

/** Attributes whose value is an address and must pass the scheme check. */
export const URL_ATTRIBUTES = new Set(["cite", "href", "src"]);

export const ALLOWED_URL_SCHEMES = new Set(["http", "https", "mailto"]);

/** Elements named in the refusal message because they are the usual ways in. */
export const DANGEROUS_ELEMENTS = new Set(["script", "style", "iframe", "object", "embed", "form", "link", "meta", "base", "svg", "math", "template"]);

/**
 * The scheme of an address as a browser would read it: browsers drop ASCII
 * whitespace and control characters inside the scheme, so `java\tscript:` is
 * `javascript:`.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, "");
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? match[1].toLowerCase() : undefined;
}

export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined ? !url.replace(/[\u0000-\u0020\u007f]/g, "").startsWith("\\") : ALLOWED_URL_SCHEMES.has(scheme);
}
