import type { CmsAuthConfig } from "./config";

/**
 * GitHub's OAuth web flow for an OAuth app: send the writer to GitHub's authorize page, then
 * trade the code GitHub sends back for a token. Only `fetch`, so it runs in Node and workerd.
 */

/** The scopes Decap's GitHub backend asks for (`auth_scope`): a private or a public repository. */
export const ALLOWED_SCOPES = ["repo", "public_repo"] as const;
export type Scope = (typeof ALLOWED_SCOPES)[number];

export function authorizeUrl(config: CmsAuthConfig, options: { redirectUri: string; scope: Scope; state: string }): string {
  const url = new URL("/login/oauth/authorize", config.githubOrigin);
  url.search = new URLSearchParams({ client_id: config.clientId, redirect_uri: options.redirectUri, scope: options.scope, state: options.state }).toString();
  return url.toString();
}

export type TokenResult = { ok: true; token: string } | { ok: false; message: string };

const TOKEN_TIMEOUT_MS = 10_000;

export async function exchangeCode(config: CmsAuthConfig, options: { code: string; redirectUri: string }): Promise<TokenResult> {
  let response: Response;
  try {
    response = await fetch(new URL("/login/oauth/access_token", config.githubOrigin), {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ client_id: config.clientId, client_secret: config.clientSecret, code: options.code, redirect_uri: options.redirectUri }),
      signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
      // The token endpoint answers itself; a redirect would send the secret elsewhere. (workerd has no "error" mode.)
      redirect: "manual",
    });
  } catch {
    return { ok: false, message: "GitHub could not be reached to finish the sign-in. Try again in a moment." };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, message: `GitHub answered the sign-in with an unreadable reply (HTTP ${response.status}).` };
  }
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  // GitHub answers a bad or expired code with HTTP 200 and an `error` field.
  if (typeof fields.error === "string") {
    const description = typeof fields.error_description === "string" ? fields.error_description : fields.error;
    return { ok: false, message: `GitHub refused the sign-in: ${description}` };
  }
  if (!response.ok || typeof fields.access_token !== "string" || fields.access_token === "") {
    return { ok: false, message: `GitHub did not send a token (HTTP ${response.status}).` };
  }
  return { ok: true, token: fields.access_token };
}
