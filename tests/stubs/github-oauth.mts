/**
 * A stand-in for GitHub's OAuth web flow, so the editor's sign-in is tested with no network:
 * the authorize page (which approves at once, as GitHub does for a writer who approved the
 * app before) and the token endpoint, answering as GitHub does, errors included (HTTP 200
 * with an `error` field). `GET /stub/codes/<code>` tells whether a code was traded, so a
 * test can prove that a refused callback never asked for a token.
 * serve-github-oauth.mts serves it over HTTP for the browser tests.
 */

export const STUB_CLIENT_ID = "stub-client-id";
export const STUB_CLIENT_SECRET = "stub-client-secret";

type Code = { redirectUri: string; scope: string; redeemed: boolean };

export function createGitHubStub() {
  const codes = new Map<string, Code>();
  let issued = 0;
  const json = (body: unknown, status = 200) => Response.json(body, { status });

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "GET" && url.pathname === "/") return new Response("GitHub OAuth stub\n");
    if (request.method === "GET" && url.pathname === "/login/oauth/authorize") {
      const redirectUri = url.searchParams.get("redirect_uri");
      if (url.searchParams.get("client_id") !== STUB_CLIENT_ID || !redirectUri) return new Response("The redirect_uri or client_id is wrong.", { status: 400 });
      const code = `code-${++issued}-${crypto.randomUUID()}`;
      codes.set(code, { redirectUri, scope: url.searchParams.get("scope") ?? "", redeemed: false });
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      return new Response(null, { status: 302, headers: { Location: back.toString() } });
    }
    if (request.method === "POST" && url.pathname === "/login/oauth/access_token") {
      const form = new URLSearchParams(await request.text());
      if (request.headers.get("accept") !== "application/json") return new Response("access_token=ignored&token_type=bearer", { status: 200 });
      if (form.get("client_id") !== STUB_CLIENT_ID || form.get("client_secret") !== STUB_CLIENT_SECRET) {
        return json({ error: "incorrect_client_credentials", error_description: "The client_id and/or client_secret passed are incorrect." });
      }
      const code = codes.get(form.get("code") ?? "");
      if (!code || code.redeemed || code.redirectUri !== form.get("redirect_uri")) {
        return json({ error: "bad_verification_code", error_description: "The code passed is incorrect or expired." });
      }
      code.redeemed = true;
      return json({ access_token: `gho_stub_${form.get("code")}`, token_type: "bearer", scope: code.scope });
    }
    const asked = url.pathname.match(/^\/stub\/codes\/(.+)$/);
    if (request.method === "GET" && asked) {
      const code = codes.get(decodeURIComponent(asked[1]));
      return code ? json({ redeemed: code.redeemed }) : json({ error: "unknown code" }, 404);
    }
    return new Response("Not found", { status: 404 });
  }

  return { handle };
}
