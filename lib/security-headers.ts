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

export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
