/**
 * Where the writers' editor's GitHub sign-in answers, on every host: `next start`'s route
 * handlers (app/api/cms-auth/) and the Cloudflare Pages Function (functions/api/cms-auth/).
 * Decap CMS opens `<base_url>/<auth_endpoint>` (auth_endpoint `api/cms-auth/auth`) in a popup.
 */
export const CMS_AUTH_BASE_PATH = "/api/cms-auth";
export const CMS_AUTH_START_PATH = `${CMS_AUTH_BASE_PATH}/auth`;
export const CMS_AUTH_CALLBACK_PATH = `${CMS_AUTH_BASE_PATH}/callback`;
