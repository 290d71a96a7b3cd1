import type { CmsAuthEnv } from "../../../lib/cms-auth/config";
import { finishSignIn } from "../../../lib/cms-auth/handlers";

/** Cloudflare Pages Function for GET /api/cms-auth/callback: the same handler as `next start`'s route. */
export const onRequestGet = ({ request, env }: { request: Request; env: CmsAuthEnv }) => finishSignIn(request, env);
