import { readerBundles } from "@/lib/reader-scripts/bundles";
import { paramsForEveryBuild } from "@/lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = paramsForEveryBuild(async () => readerBundles().map((bundle) => ({ file: bundle.file })));

/** One of the site's own scripts (lib/reader-scripts/bundles.ts); its name changes with its text, so it never goes stale. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const bundle = readerBundles().find((candidate) => candidate.file === file);
  if (!bundle) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(bundle.code, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
