import { CMS_AUTH_HEADERS } from "../security-headers";
import { callbackPage, CMS_AUTH_PROVIDER, type SignInOutcome } from "./callback-page";
import { cmsAuthConfig, CmsAuthConfigError, type CmsAuthConfig, type CmsAuthEnv } from "./config";
import { ALLOWED_SCOPES, authorizeUrl, exchangeCode, type Scope } from "./github";
import { CMS_AUTH_CALLBACK_PATH } from "./paths";
import { clearedStateCookie, newState, sameState, stateCookie, stateFromCookies } from "./state";

/**
 * The two steps of the writers' editor's GitHub sign-in, as plain Web `Request` → `Response`
 * functions: the same code answers under `next start` (app/api/cms-auth/) and on Cloudflare
 * Pages (functions/api/cms-auth/).
 */

function respond(status: number, body: string | null, headers: Record<string, string> = {}): Response {
  const response = new Response(body, { status });
  for (const { key, value } of CMS_AUTH_HEADERS) response.headers.set(key, value);
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

function plain(status: number, message: string): Response {
  return respond(status, `${message}\n`, { "Content-Type": "text/plain; charset=utf-8" });
}

type Settings = { config: CmsAuthConfig } | { response: Response };

function settings(env: CmsAuthEnv): Settings {
  try {
    const config = cmsAuthConfig(env);
    if (config) return { config };
    return { response: plain(404, "Sign-in with GitHub is not set up on this site: its OAuth app's id and secret are not configured (docs/deploying.md).") };
  } catch (error) {
    if (error instanceof CmsAuthConfigError) return { response: plain(500, `Sign-in with GitHub is misconfigured: ${error.message}`) };
    throw error;
  }
}

/** The first step, GET /api/cms-auth/auth: a redirect to GitHub carrying a new state, kept in a cookie. */
export function startSignIn(request: Request, env: CmsAuthEnv): Response {
  const found = settings(env);
  if ("response" in found) return found.response;
  const url = new URL(request.url);
  const provider = url.searchParams.get("provider");
  if (provider !== null && provider !== CMS_AUTH_PROVIDER) return plain(400, `This sign-in is for GitHub only, not "${provider.slice(0, 40)}".`);
  const scope = url.searchParams.get("scope") ?? "repo";
  if (!(ALLOWED_SCOPES as readonly string[]).includes(scope)) return plain(400, `The editor may ask GitHub for ${ALLOWED_SCOPES.join(" or ")}, not "${scope.slice(0, 40)}".`);
  const state = newState();
  const location = authorizeUrl(found.config, { redirectUri: `${url.origin}${CMS_AUTH_CALLBACK_PATH}`, scope: scope as Scope, state });
  return respond(302, null, { Location: location, "Set-Cookie": stateCookie(state, url.protocol === "https:") });
}

function page(status: number, outcome: SignInOutcome, secure: boolean): Response {
  return respond(status, callbackPage(outcome), { "Content-Type": "text/html; charset=utf-8", "Set-Cookie": clearedStateCookie(secure) });
}

/** The second step, GET /api/cms-auth/callback: GitHub's redirect back, checked, then the token handed to the editor. */
export async function finishSignIn(request: Request, env: CmsAuthEnv): Promise<Response> {
  const found = settings(env);
  if ("response" in found) return found.response;
  const url = new URL(request.url);
  const secure = url.protocol === "https:";
  if (!sameState(stateFromCookies(request.headers.get("cookie")), url.searchParams.get("state"))) {
    return page(403, { ok: false, message: "This sign-in was not started from this browser, or it was started more than ten minutes ago." }, secure);
  }
  const error = url.searchParams.get("error");
  if (error !== null) {
    const message = error === "access_denied" ? "The editor was not given access to your GitHub account." : `GitHub stopped the sign-in: ${(url.searchParams.get("error_description") ?? error).slice(0, 200)}`;
    return page(403, { ok: false, message }, secure);
  }
  const code = url.searchParams.get("code");
  if (!code) return page(400, { ok: false, message: "GitHub's answer carried no sign-in code." }, secure);
  const result = await exchangeCode(found.config, { code, redirectUri: `${url.origin}${CMS_AUTH_CALLBACK_PATH}` });
  return result.ok ? page(200, { ok: true, token: result.token }, secure) : page(502, result, secure);
}
