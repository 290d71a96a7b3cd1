import { citationFileParams, citationFileResponse } from "@/lib/citation/download-response";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = citationFileParams;

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return citationFileResponse(params, "json");
}
