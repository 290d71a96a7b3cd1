import { CMS_AUTH_CALLBACK_PATH } from "./paths";

/**
 * The `state` that ties GitHub's answer to the sign-in this browser started: a random value
 * sent to GitHub and kept in a short-lived cookie that only the callback receives. A callback
 * whose `state` is not the cookie's (a forged link, a stale tab, another browser) is refused.
 */
export const STATE_COOKIE = "cms-auth-state";
/** GitHub's authorization codes last ten minutes; a sign-in left longer starts again. */
export const STATE_MAX_AGE_SECONDS = 600;

export function newState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function cookie(value: string, maxAge: number, secure: boolean): string {
  // Lax, not Strict: the callback is reached by GitHub's redirect, a navigation from another site.
  return [`${STATE_COOKIE}=${value}`, `Path=${CMS_AUTH_CALLBACK_PATH}`, `Max-Age=${maxAge}`, "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])].join("; ");
}

export function stateCookie(state: string, secure: boolean): string {
  return cookie(state, STATE_MAX_AGE_SECONDS, secure);
}

/** Every callback spends the state, whatever its outcome: one state, one try. */
export function clearedStateCookie(secure: boolean): string {
  return cookie("", 0, secure);
}

export function stateFromCookies(cookieHeader: string | null): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === STATE_COOKIE) return value.join("=") || undefined;
  }
  return undefined;
}

/** Compares without returning early, so the time taken does not tell how much of a guess was right. */
export function sameState(expected: string | undefined, received: string | null): boolean {
  if (!expected || !received || expected.length !== received.length) return false;
  let difference = 0;
  for (let index = 0; index < expected.length; index++) difference |= expected.charCodeAt(index) ^ received.charCodeAt(index);
  return difference === 0;
}
