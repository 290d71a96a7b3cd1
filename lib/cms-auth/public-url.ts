/**
 * The request as the browser addressed it. `next start` hands route handlers a URL whose host
 * is the server's own (`localhost:<port>`), whatever address the browser used or the proxy
 * in front passed on; the sign-in needs the public one, because GitHub sends the writer back
 * to it and the state cookie belongs to it. The protocol Next already takes from
 * `X-Forwarded-Proto`; the host comes from `X-Forwarded-Host`, else `Host`.
 *
 * A client that forges these only changes the address in its own redirect: GitHub sends no
 * one back to an address other than the OAuth app's callback URL.
 */
export function withPublicHost(request: Request): Request {
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))?.split(",")[0].trim();
  if (!host || !/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) return request;
  const url = new URL(request.url);
  // A fresh URL: setting `host` alone would keep the server's port when the public host has none.
  return new Request(new URL(`${url.protocol}//${host}${url.pathname}${url.search}`), { method: request.method, headers: request.headers });
}
