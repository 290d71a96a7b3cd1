import { startSignIn } from "@/lib/cms-auth/handlers";
import { withPublicHost } from "@/lib/cms-auth/public-url";

// Answered per request from the server's environment; `.server.ts` keeps it out of the static
// export, where Cloudflare Pages answers this path with functions/api/cms-auth/auth.ts.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return startSignIn(withPublicHost(request), process.env);
}
