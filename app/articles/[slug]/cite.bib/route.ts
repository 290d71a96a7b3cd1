import { citationFileResponse } from "@/lib/citation/download-response";
import { paramsForBuild } from "@/lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = paramsForBuild("/articles/[slug]/cite.bib");

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return citationFileResponse(params, "bib");
}
