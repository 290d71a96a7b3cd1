import { findArticle, getSite } from "@/lib/content";
import { CITATION_FILE_WRITERS } from "./downloads";
import { essayCslItem } from "./essay-item";
import { CITATION_FILE_TYPES, type CitationFileExtension } from "./file-types";

/** What the three cite.* routes share: one file per published essay, written at build time (their params: lib/build-plan/prerendered-routes.ts). */
export async function citationFileResponse(params: Promise<{ slug: string }>, extension: CitationFileExtension): Promise<Response> {
  const site = await getSite();
  const article = findArticle(site, (await params).slug);
  // Drafts are never cited.
  if (!article || article.draft) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = CITATION_FILE_WRITERS[extension](essayCslItem(site, article));
  return new Response(body, { headers: { "Content-Type": CITATION_FILE_TYPES[extension].contentType } });
}
