/**
 * Where the browser's editor lives on the site, in one place: the page, its
 * files (copied and bundled into public/admin/ by scripts/build-editor.mts),
 * its configuration and the site's index (route handlers under app/admin/),
 * and, while editing locally, the address proxied to Decap's git backend.
 */
export const EDITOR_PATHS = {
  root: "/admin",
  page: "/admin/index.html",
  config: "/admin/config.yml",
  siteIndex: "/admin/site.json",
  setupScript: "/admin/setup.js",
  previewStyles: "/admin/preview.css",
  decapScript: "/admin/decap/decap-cms.js",
  localBackend: "/admin/local-backend",
} as const;
