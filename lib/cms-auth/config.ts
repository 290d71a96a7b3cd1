/**
 * The sign-in's settings, read from the host's environment: `process.env` under `next start`,
 * the Function's `env` on Cloudflare Pages. The sign-in is active only when both the OAuth
 * app's id and its secret are set.
 */
export type CmsAuthEnv = Record<string, unknown>;

export type CmsAuthConfig = {
  clientId: string;
  clientSecret: string;
  /** Where GitHub's OAuth pages are: github.com, a GitHub Enterprise Server, or the tests' stub. */
  githubOrigin: string;
};

export const DEFAULT_GITHUB_ORIGIN = "https://github.com";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export class CmsAuthConfigError extends Error {}

function setting(env: CmsAuthEnv, name: string): string | undefined {
  const value = env[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The settings, or undefined when the sign-in is not set up; throws when they are set but wrong. */
export function cmsAuthConfig(env: CmsAuthEnv): CmsAuthConfig | undefined {
  const clientId = setting(env, "GITHUB_OAUTH_CLIENT_ID");
  const clientSecret = setting(env, "GITHUB_OAUTH_CLIENT_SECRET");
  if (!clientId || !clientSecret) return undefined;
  const configured = setting(env, "GITHUB_OAUTH_ORIGIN") ?? DEFAULT_GITHUB_ORIGIN;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new CmsAuthConfigError(`GITHUB_OAUTH_ORIGIN must be an address like https://github.com, found "${configured}"`);
  }
  // The client secret is sent there: only over HTTPS, except to this machine (the tests' stub).
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new CmsAuthConfigError(`GITHUB_OAUTH_ORIGIN must start with https://, found "${configured}"`);
  }
  return { clientId, clientSecret, githubOrigin: url.origin };
}
