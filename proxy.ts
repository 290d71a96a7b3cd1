import { type NextRequest, NextResponse } from "next/server";

/**
 * Turns malformed addresses into plain client errors before routing: Next
 * answers an invalid percent-encoding in a path with a 500, which is a server
 * error for what is the client's mistake, and very long addresses are refused
 * early rather than matched against every route (those made only of plain
 * characters skip the proxy, below, and simply find no page).
 */
const MAX_PATH_LENGTH = 1024;

function plain(status: number, message: string) {
  return new NextResponse(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function proxy(request: NextRequest) {
  const rawPath = request.nextUrl.pathname;
  if (rawPath.length > MAX_PATH_LENGTH) return plain(414, "Address too long");
  try {
    const decoded = decodeURIComponent(rawPath);
    if (decoded.includes("\0")) return plain(400, "Bad request");
  } catch {
    return plain(400, "Bad request: the address is not valid percent-encoding");
  }
  return NextResponse.next();
}

/**
 * Only addresses with a character outside the plain set (letters, digits,
 * `-`, `.`, `_`, `~`, `/`) can be malformed, so well-formed addresses, which
 * are nearly all requests, skip the proxy and its cost entirely.
 */
export const config = {
  matcher: ["/((?![A-Za-z0-9._~/-]*$).*)"],
};
