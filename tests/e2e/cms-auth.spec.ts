import { expect, type Page, test } from "@playwright/test";
import { CMS_AUTH_HEADERS } from "../../lib/security-headers";
import { expectEachHeaderOnce } from "./headers";

/**
 * The writers' editor's GitHub sign-in, against `next start`'s route handlers (site) and the
 * Cloudflare Pages Function under `wrangler pages dev` (cdn): one implementation, two
 * runtimes. GitHub is the local stand-in (tests/stubs/github-oauth.mts), which approves at
 * once, as GitHub does for a writer who approved the app before.
 */
const START = "/api/cms-auth/auth?provider=github&site_id=reframe.example&scope=repo";

test("the first step redirects to GitHub with a new state, kept in a cookie only the callback receives", async ({ request, baseURL }) => {
  const response = await request.get(START, { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expectEachHeaderOnce(response, CMS_AUTH_HEADERS, "the first step");
  const location = new URL(response.headers()["location"]);
  expect(location.pathname).toBe("/login/oauth/authorize");
  expect(location.origin).not.toBe(new URL(baseURL!).origin);
  const state = location.searchParams.get("state")!;
  expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(location.searchParams.get("redirect_uri")).toBe(`${baseURL}/api/cms-auth/callback`);
  expect(location.searchParams.get("scope")).toBe("repo");
  expect(response.headers()["set-cookie"]).toBe(`cms-auth-state=${state}; Path=/api/cms-auth/callback; Max-Age=600; HttpOnly; SameSite=Lax`);
  const second = new URL((await request.get(START, { maxRedirects: 0 })).headers()["location"]);
  expect(second.searchParams.get("state")).not.toBe(state);
});

test("a callback whose state does not match is refused, and GitHub is never asked for a token", async ({ request }) => {
  const start = await request.get(START, { maxRedirects: 0 });
  const github = new URL(start.headers()["location"]);
  // GitHub approves and sends the browser back with a code and the state.
  const callback = new URL((await request.get(github.toString(), { maxRedirects: 0 })).headers()["location"]);
  const code = callback.searchParams.get("code")!;
  const forged = new URL(callback);
  forged.searchParams.set("state", "a-state-this-browser-never-started");

  const refused = await request.get(forged.toString(), { maxRedirects: 0 });
  expect(refused.status()).toBe(403);
  expectEachHeaderOnce(refused, CMS_AUTH_HEADERS, "the refused callback");
  const page = await refused.text();
  expect(page).toContain("<h1>Sign-in refused</h1>");
  expect(page).toContain("authorization:github:error:");
  expect(page).not.toContain("gho_");
  expect(await (await request.get(`${github.origin}/stub/codes/${code}`)).json()).toEqual({ redeemed: false });

  // The refusal spent the state: the genuine callback, replayed now, is refused too.
  expect((await request.get(callback.toString(), { maxRedirects: 0 })).status()).toBe(403);
  expect(await (await request.get(`${github.origin}/stub/codes/${code}`)).json()).toEqual({ redeemed: false });
});

/**
 * Serves at `url` a page that signs in as Decap CMS's authenticator does (decap-cms-lib-auth),
 * with the site's address as its base_url. `pushy` adds what a page of another site would do:
 * ask the popup for the token ten times a second, without waiting to be asked.
 */
async function serveSignInPage(page: Page, url: string, options: { siteOrigin: string; openerPolicy: string; pushy: boolean }) {
  await page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      headers: { "Cross-Origin-Opener-Policy": options.openerPolicy },
      body: `<!doctype html><title>Sign in</title><button>Sign in with GitHub</button><script>
        window.received = [];
        window.outcome = new Promise((resolve) => {
          var base = ${JSON.stringify(options.siteOrigin)}, popup;
          function authorized(event) {
            if (event.origin !== base || typeof event.data !== "string" || !event.data.startsWith("authorization:github:")) return;
            window.removeEventListener("message", authorized);
            resolve(event.data);
          }
          function handshake(event) {
            if (event.data !== "authorizing:github" || event.origin !== base) return;
            window.removeEventListener("message", handshake);
            window.addEventListener("message", authorized);
            popup.postMessage(event.data, event.origin);
          }
          window.addEventListener("message", (event) => window.received.push(String(event.data)));
          window.addEventListener("message", handshake);
          document.querySelector("button").onclick = () => {
            popup = window.open(base + ${JSON.stringify(START)}, "Netlify Authorization", "width=960,height=600");
            if (${options.pushy}) setInterval(() => popup.postMessage("authorizing:github", "*"), 100);
          };
        });
      </script>`,
    }),
  );
}

/**
 * Opens the sign-in from the page at `url` and waits for the popup's last page. What the
 * popup's console said about its content security policy is kept: its one script must run.
 */
async function signInFrom(page: Page, url: string) {
  await page.goto(url);
  const popupEvent = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Sign in with GitHub" }).click();
  const popup = await popupEvent;
  const policyComplaints: string[] = [];
  popup.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) policyComplaints.push(message.text());
  });
  await popup.waitForURL(/\/api\/cms-auth\/callback\?/);
  return { popup, policyComplaints };
}

test("the editor's popup hands the token to the editor that opened it, on the site's own origin", async ({ page, baseURL }) => {
  const siteOrigin = new URL(baseURL!).origin;
  const editor = `${siteOrigin}/admin-signing-in-under-test/`;
  // As the editor's own policy says (/admin): its popups keep their opener.
  await serveSignInPage(page, editor, { siteOrigin, openerPolicy: "same-origin-allow-popups", pushy: false });
  const { popup, policyComplaints } = await signInFrom(page, editor);
  // The callback's policy leaves the popup in the editor's browsing context group, and runs its script.
  expect(await popup.evaluate(() => window.opener !== null), "the popup lost its opener").toBe(true);
  expect(policyComplaints).toEqual([]);
  const message = (await page.evaluate(() => (window as unknown as { outcome: Promise<string> }).outcome)) as string;
  const [, json] = message.match(/^authorization:github:success:(.+)$/)!;
  expect(JSON.parse(json)).toEqual({ token: expect.stringMatching(/^gho_stub_code-/), provider: "github" });
});

test("a page of another site that opens the sign-in gets no token, even when it asks for one", async ({ page, baseURL }) => {
  const siteOrigin = new URL(baseURL!).origin;
  const start = await page.request.get(START, { maxRedirects: 0 });
  // Another origin: the stand-in GitHub's, with a page of its own.
  const elsewhere = `${new URL(start.headers()["location"]).origin}/a-page-of-another-site/`;
  await serveSignInPage(page, elsewhere, { siteOrigin, openerPolicy: "unsafe-none", pushy: true });
  const { popup, policyComplaints } = await signInFrom(page, elsewhere);
  await expect(popup.getByRole("heading", { name: "Signed in with GitHub" })).toBeVisible();
  // The popup kept its opener and ran its script, while the page asked it for the token.
  expect(await popup.evaluate(() => window.opener !== null)).toBe(true);
  expect(policyComplaints).toEqual([]);
  await page.waitForTimeout(1_000);
  const received = await page.evaluate(() => (window as unknown as { received: string[] }).received);
  expect(received.filter((data) => data.includes("authoriz"))).toEqual([]);
});
