import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CALLBACK_SCRIPT, callbackPage } from "@/lib/cms-auth/callback-page";
import { finishSignIn, startSignIn } from "@/lib/cms-auth/handlers";
import { withPublicHost } from "@/lib/cms-auth/public-url";
import { CMS_AUTH_HEADERS, CMS_AUTH_SCRIPT_HASH } from "@/lib/security-headers";
import { createGitHubStub, STUB_CLIENT_ID, STUB_CLIENT_SECRET } from "@/tests/stubs/github-oauth.mjs";

const SITE = "https://reframe.example";
const GITHUB = "http://127.0.0.1:4306";
const ENV = { GITHUB_OAUTH_CLIENT_ID: STUB_CLIENT_ID, GITHUB_OAUTH_CLIENT_SECRET: STUB_CLIENT_SECRET, GITHUB_OAUTH_ORIGIN: GITHUB };

let stub: ReturnType<typeof createGitHubStub>;
const tokenRequests: Request[] = [];

beforeEach(() => {
  stub = createGitHubStub();
  tokenRequests.length = 0;
  // GitHub, offline: every fetch the handlers make goes to the stub.
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    expect(new URL(request.url).origin).toBe(GITHUB);
    tokenRequests.push(request.clone());
    return stub.handle(request);
  });
});
afterEach(() => vi.unstubAllGlobals());

/** The first step, then GitHub's approval: the callback address GitHub sends the browser to, and the cookie. */
async function signInUpToCallback(query = "?provider=github&site_id=reframe.example&scope=repo") {
  const start = startSignIn(new Request(`${SITE}/api/cms-auth/auth${query}`), ENV);
  const cookie = start.headers.get("set-cookie")!.split(";")[0];
  const approved = await stub.handle(new Request(start.headers.get("location")!));
  return { start, cookie, callback: new URL(approved.headers.get("location")!) };
}

function callbackWith(url: URL, cookie?: string, state = url.searchParams.get("state")!) {
  const tampered = new URL(url);
  tampered.searchParams.set("state", state);
  return finishSignIn(new Request(tampered, { headers: cookie ? { cookie } : {} }), ENV);
}

function expectHandshakeHeaders(response: Response) {
  for (const { key, value } of CMS_AUTH_HEADERS) expect(response.headers.get(key), key).toBe(value);
}

describe("the editor's GitHub sign-in", () => {
  it("is off unless both the OAuth app's id and secret are set", async () => {
    for (const env of [{}, { GITHUB_OAUTH_CLIENT_ID: "id" }, { GITHUB_OAUTH_CLIENT_SECRET: "secret" }, { GITHUB_OAUTH_CLIENT_ID: " ", GITHUB_OAUTH_CLIENT_SECRET: "secret" }]) {
      const start = startSignIn(new Request(`${SITE}/api/cms-auth/auth`), env);
      expect(start.status).toBe(404);
      expect(await start.text()).toContain("not set up");
      expect((await finishSignIn(new Request(`${SITE}/api/cms-auth/callback?code=x&state=y`), env)).status).toBe(404);
    }
    expect(tokenRequests).toEqual([]);
  });

  it("will not send the client secret to GitHub over plain HTTP, except on this machine", () => {
    const response = startSignIn(new Request(`${SITE}/api/cms-auth/auth`), { ...ENV, GITHUB_OAUTH_ORIGIN: "http://github.example" });
    expect(response.status).toBe(500);
  });

  it("starts with a redirect to GitHub carrying a new state, kept in a cookie that only the callback receives", async () => {
    const { start, cookie } = await signInUpToCallback();
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe(`${GITHUB}/login/oauth/authorize`);
    expect(Object.fromEntries(location.searchParams)).toEqual({ client_id: STUB_CLIENT_ID, redirect_uri: `${SITE}/api/cms-auth/callback`, scope: "repo", state: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(cookie).toBe(`cms-auth-state=${location.searchParams.get("state")}`);
    expect(start.headers.get("set-cookie")).toBe(`${cookie}; Path=/api/cms-auth/callback; Max-Age=600; HttpOnly; SameSite=Lax; Secure`);
    expectHandshakeHeaders(start);
    const again = await signInUpToCallback();
    expect(again.cookie).not.toBe(cookie);
  });

  it("leaves Secure off the cookie only on plain http (this machine)", () => {
    const start = startSignIn(new Request("http://localhost:3000/api/cms-auth/auth"), ENV);
    expect(start.headers.get("set-cookie")).not.toContain("Secure");
  });

  it("asks GitHub only for what Decap's GitHub backend asks for", async () => {
    expect(new URL((await signInUpToCallback("?scope=public_repo")).start.headers.get("location")!).searchParams.get("scope")).toBe("public_repo");
    expect(startSignIn(new Request(`${SITE}/api/cms-auth/auth?scope=admin:org`), ENV).status).toBe(400);
    expect(startSignIn(new Request(`${SITE}/api/cms-auth/auth?provider=gitlab`), ENV).status).toBe(400);
  });

  it("hands the token to the editor when the state matches, and spends the state", async () => {
    const { cookie, callback } = await signInUpToCallback();
    const response = await callbackWith(callback, cookie);
    expect(response.status).toBe(200);
    expectHandshakeHeaders(response);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("set-cookie")).toBe("cms-auth-state=; Path=/api/cms-auth/callback; Max-Age=0; HttpOnly; SameSite=Lax; Secure");
    const html = await response.text();
    const token = `gho_stub_${callback.searchParams.get("code")}`;
    expect(html).toContain(JSON.stringify({ provider: "github", message: `authorization:github:success:${JSON.stringify({ token, provider: "github" })}` }));
    // GitHub was asked with the app's secret, for the code it sent, back to the same address.
    const form = new URLSearchParams(await tokenRequests[0].text());
    expect(Object.fromEntries(form)).toEqual({ client_id: STUB_CLIENT_ID, client_secret: STUB_CLIENT_SECRET, code: callback.searchParams.get("code"), redirect_uri: `${SITE}/api/cms-auth/callback` });
    expect(tokenRequests[0].headers.get("accept")).toBe("application/json");
  });

  it("refuses a callback whose state is not the cookie's, or that has no cookie, without asking GitHub for a token", async () => {
    const { cookie, callback } = await signInUpToCallback();
    const wrongState = await callbackWith(callback, cookie, "not-the-state");
    const noCookie = await callbackWith(callback);
    const otherBrowsersState = await callbackWith(callback, `cms-auth-state=${(await signInUpToCallback()).callback.searchParams.get("state")}`);
    for (const response of [wrongState, noCookie, otherBrowsersState]) {
      expect(response.status).toBe(403);
      expectHandshakeHeaders(response);
      const html = await response.text();
      expect(html).toContain("<h1>Sign-in refused</h1>");
      expect(html).toContain("authorization:github:error:");
      expect(html).not.toContain("gho_");
    }
    expect(tokenRequests).toEqual([]);
  });

  it("passes on GitHub's refusals as the editor's error, not as a token", async () => {
    const { cookie, callback } = await signInUpToCallback();
    expect((await callbackWith(callback, cookie)).status).toBe(200);
    // The same code a second time: GitHub answers HTTP 200 with an error.
    const reused = await callbackWith(callback, cookie);
    expect(reused.status).toBe(502);
    expect(await reused.text()).toContain("GitHub refused the sign-in: The code passed is incorrect or expired.");

    const denied = new URL(callback);
    denied.searchParams.delete("code");
    denied.searchParams.set("error", "access_denied");
    const response = await callbackWith(denied, cookie);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("The editor was not given access to your GitHub account.");
  });

  it("says so when GitHub cannot be reached", async () => {
    const { cookie, callback } = await signInUpToCallback();
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("fetch failed");
    });
    const response = await callbackWith(callback, cookie);
    expect(response.status).toBe(502);
    expect(await response.text()).toContain("GitHub could not be reached");
  });

  it("runs only the one script its policy allows, whatever the message carries", () => {
    expect(`'sha256-${createHash("sha256").update(CALLBACK_SCRIPT).digest("base64")}'`).toBe(CMS_AUTH_SCRIPT_HASH);
    const html = callbackPage({ ok: false, message: "</script><script>alert(1)</script> & <b>" });
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain(`<script>${CALLBACK_SCRIPT}</script>`);
    expect(html).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;");
    const data = html.match(/<script type="application\/json" id="cms-auth-outcome">(.*)<\/script>/)![1];
    expect(JSON.parse(data).message).toBe(`authorization:github:error:${JSON.stringify({ message: "</script><script>alert(1)</script> & <b>" })}`);
  });

  it("takes the public host from the proxy's headers under next start, where the request's own URL says localhost", () => {
    const seen = (headers: Record<string, string>) => withPublicHost(new Request("https://localhost:3000/api/cms-auth/auth?scope=repo", { headers })).url;
    expect(seen({ host: "reframe.example" })).toBe("https://reframe.example/api/cms-auth/auth?scope=repo");
    expect(seen({ host: "127.0.0.1:3000", "x-forwarded-host": "reframe.example" })).toBe("https://reframe.example/api/cms-auth/auth?scope=repo");
    expect(seen({ host: "reframe.example/evil?" })).toBe("https://localhost:3000/api/cms-auth/auth?scope=repo");
  });
});
