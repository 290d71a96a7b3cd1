import { finishSignIn } from "@/lib/cms-auth/handlers";
import { withPublicHost } from "@/lib/cms-auth/public-url";

// Answered per request from the server's environment; `.server.ts` keeps it out of the static
// export, where Cloudflare Pages answers this path with functions/api/cms-auth/callback.ts.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return finishSignIn(withPublicHost(request), process.env);
}
