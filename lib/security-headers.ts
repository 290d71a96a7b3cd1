/**
 * The security headers every response carries, in one place so that
 * `next start` (next.config.ts) and static hosts (`_headers`, nginx) serve the
 * same policy.
 *
 * Scripts: pages as Next renders them carry inline scripts whose content
 * differs per page (under `next dev`, all of Next's; once a build is finished,
 * only the loader of the page's own scripts), and a static page cannot carry
 * a per-request nonce, so `script-src` allows 'self' and 'unsafe-inline' but
 * no other origin and no eval ('wasm-unsafe-eval' only lets the search
 * index's WebAssembly run). Content cannot add scripts: the content check
 * refuses them before a page is built. After the build, each prerendered page
 * gets a stricter policy of its own in a <meta> (lib/page-html/inline-script-policy.ts)
 * that allows only its own inline scripts by hash; browsers enforce both
 * policies, so the 'unsafe-inline' here has no effect on those pages.
 *
 * No Cross-Origin-Opener-Policy on reading pages. It guards what a page holds (a token, a
 * reader's data) from another site's window; a reading page holds nothing but public text and
 * sets no cookie. Its cost fell on the readers least able to pay it: Chromium commits a page
 * that asks for it in a new renderer, 100-150 ms of a first visit on a phone at 4x
 * (docs/performance.md). The editor, which holds a writer's token, keeps one.
 */
/** Where scripts may come from besides a page's own inline scripts, listed by hash per page. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join("; ");

export type Header = { key: string; value: string };

export const SECURITY_HEADERS: Header[] = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Frame-Options", value: "DENY" },
];

/**
 * The writers' editor's GitHub sign-in (lib/cms-auth/), whose responses carry these headers
 * themselves on every host (a Cloudflare Pages Function's responses get nothing from
 * `_headers`). Two differences from a reader page's:
 *
 * - `Cross-Origin-Opener-Policy: unsafe-none`, said outright so that no host's rule can
 *   tighten it. The sign-in runs in a popup that the editor (/admin, `same-origin-allow-popups`)
 *   opens; the popup's last page must still reach its opener to hand over the token. A popup
 *   whose document says `same-origin` is put in a browsing context group of its own, and
 *   `window.opener` is then null. The first step's redirect says the same, since browsers weigh
 *   every response of a navigation.
 * - The callback page runs one inline script, allowed by its hash and nothing else: no other
 *   script, style, image or connection, no form, no frame, no base.
 *
 * `Cache-Control: no-store`: the callback carries a token and the first step a fresh state.
 */
/** SHA-256 of CALLBACK_SCRIPT in lib/cms-auth/callback-page.ts; a unit test keeps the two in step. */
export const CMS_AUTH_SCRIPT_HASH = "'sha256-I1Nbp0rLjx36ZDiX/L4+w8vMgHfq5EvOosXKEfPUASo='";

export const CMS_AUTH_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${CMS_AUTH_SCRIPT_HASH}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const CMS_AUTH_HEADERS: Header[] = [
  ...SECURITY_HEADERS.filter(({ key }) => key !== "Content-Security-Policy"),
  { key: "Content-Security-Policy", value: CMS_AUTH_CONTENT_SECURITY_POLICY },
  { key: "Cross-Origin-Opener-Policy", value: "unsafe-none" },
  { key: "Cache-Control", value: "no-store" },
];

/**
 * The editor's own policy, for /admin and everything under it (lib/cms/), and
 * only there: reader pages keep the policy above. Decap CMS will not start
 * without 'unsafe-eval', styles its interface with inline styles, shows
 * uploaded images from blob: and data: addresses, and, signed in with GitHub,
 * talks to GitHub's API and shows the writer's avatar. Everything else stays
 * this origin's: its scripts are files copied into public/admin/ at build
 * time, never a CDN.
 */
export const EDITOR_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' blob: https://api.github.com",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self' blob:",
].join("; ");

/**
 * The headers of /admin: the same set as every page, with the editor's policy, an opener policy
 * and never indexed. The editor holds a writer's GitHub token, so unlike a reading page it is
 * kept out of any other site's browsing context group; `same-origin-allow-popups` still lets its
 * sign-in popup hand the token back.
 */
export const EDITOR_SECURITY_HEADERS: Header[] = [
  ...SECURITY_HEADERS.map(({ key, value }) => ({ key, value: key === "Content-Security-Policy" ? EDITOR_CONTENT_SECURITY_POLICY : value })),
  { key: "Cross-Origin-Opener-Policy", value: "same-origin-allow-popups" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
];

/** The headers the editor's responses carry that differ from a reader page's (for hosts that merge rules). */
export const EDITOR_ONLY_HEADERS = EDITOR_SECURITY_HEADERS.filter(({ key, value }) => SECURITY_HEADERS.find((reader) => reader.key === key)?.value !== value);
