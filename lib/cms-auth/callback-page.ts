/**
 * The page the sign-in popup ends on. It speaks Decap CMS's popup protocol with the window
 * that opened it: it posts `authorizing:github` to its opener, and when the opener answers
 * it posts the outcome (`authorization:github:success:{"token":…,"provider":"github"}` or
 * `authorization:github:error:{"message":…}`) back to that exact origin.
 *
 * Both messages go only to this page's own origin, which is the site's: the editor at /admin
 * is served from it (Decap accepts the answer only from its `base_url`, the site's address).
 * A page of another site that opens this popup hears nothing, so the token cannot be phished
 * by a page that starts the sign-in itself.
 *
 * The script is one constant; the outcome travels beside it as JSON, so the script's hash is
 * one value that the page's policy allows (CMS_AUTH_HEADERS in lib/security-headers.ts).
 */
export const CMS_AUTH_PROVIDER = "github";

export const CALLBACK_SCRIPT = `(function () {
  var opener = window.opener;
  var outcome = JSON.parse(document.getElementById("cms-auth-outcome").textContent);
  if (!opener) return;
  var origin = window.location.origin;
  var asked = "authorizing:" + outcome.provider;
  function answer(event) {
    if (event.source !== opener || event.origin !== origin || event.data !== asked) return;
    window.removeEventListener("message", answer);
    opener.postMessage(outcome.message, origin);
  }
  window.addEventListener("message", answer);
  opener.postMessage(asked, origin);
})();`;

export type SignInOutcome = { ok: true; token: string } | { ok: false; message: string };

export function protocolMessage(outcome: SignInOutcome): string {
  return outcome.ok
    ? `authorization:${CMS_AUTH_PROVIDER}:success:${JSON.stringify({ token: outcome.token, provider: CMS_AUTH_PROVIDER })}`
    : `authorization:${CMS_AUTH_PROVIDER}:error:${JSON.stringify({ message: outcome.message })}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** JSON that cannot end its <script> element or start a comment inside it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function callbackPage(outcome: SignInOutcome): string {
  const heading = outcome.ok ? "Signed in with GitHub" : "Sign-in refused";
  const text = outcome.ok
    ? "You can go back to the editor: this window closes by itself. If it stays open, close it."
    : `${outcome.message} Close this window and sign in again from the editor.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${heading}</title>
</head>
<body>
<main>
<h1>${heading}</h1>
<p>${escapeHtml(text)}</p>
</main>
<script type="application/json" id="cms-auth-outcome">${scriptJson({ provider: CMS_AUTH_PROVIDER, message: protocolMessage(outcome) })}</script>
<script>${CALLBACK_SCRIPT}</script>
</body>
</html>
`;
}
