import { createHash } from "node:crypto";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { RouteParams } from "@/lib/build-plan/prerendered-routes";

/**
 * A prerendered output as its own route module makes it, without Next: a
 * page's markup inside the root layout and its metadata (layout's and page's),
 * or a route handler's response body. What Next adds around it is the same
 * for every output of a build, so two renders that differ here differ in the
 * build, and two that are equal here are equal there.
 */
// Every route takes some of these; a route that takes fewer ignores the rest.
type Props = { params: Promise<{ slug: string; number: string }> };
type PageModule = { default: (props: Props) => Promise<ReactNode>; generateMetadata?: (props: Props) => Promise<unknown> };
type HandlerModule = { GET: (request: Request, context: Props) => Response | Promise<Response> };
type ImageModule = { default: (props: Props) => Promise<Response> };

const PAGES: Record<string, () => Promise<PageModule>> = {
  "/articles/[slug]": () => import("@/app/articles/[slug]/page"),
  "/articles/[slug]/actions": () => import("@/app/articles/[slug]/actions/page"),
  "/authors/[slug]": () => import("@/app/authors/[slug]/page"),
  "/authors/[slug]/page/[number]": () => import("@/app/authors/[slug]/page/[number]/page"),
  "/topics/[slug]": () => import("@/app/topics/[slug]/page"),
  "/topics/[slug]/page/[number]": () => import("@/app/topics/[slug]/page/[number]/page"),
  "/page/[number]": () => import("@/app/page/[number]/page"),
};

const HANDLERS: Record<string, () => Promise<HandlerModule>> = {
  "/articles/[slug]/cite.bib": () => import("@/app/articles/[slug]/cite.bib/route"),
  "/articles/[slug]/cite.json": () => import("@/app/articles/[slug]/cite.json/route"),
  "/articles/[slug]/cite.ris": () => import("@/app/articles/[slug]/cite.ris/route"),
  "/authors/[slug]/feed.xml": () => import("@/app/authors/[slug]/feed.xml/route"),
  "/topics/[slug]/feed.xml": () => import("@/app/topics/[slug]/feed.xml/route"),
};

const IMAGES: Record<string, () => Promise<ImageModule>> = {
  "/articles/[slug]/opengraph-image": () => import("@/app/articles/[slug]/opengraph-image"),
};

export async function renderOutput(route: string, params: RouteParams): Promise<string> {
  const props = (): Props => ({ params: Promise.resolve(params as { slug: string; number: string }) });
  if (PAGES[route]) {
    const [page, layout] = await Promise.all([PAGES[route](), import("@/app/layout")]);
    const body = renderToStaticMarkup(await layout.default({ children: await page.default(props()) }));
    const metadata = JSON.stringify([await layout.generateMetadata(), await page.generateMetadata?.(props())]);
    return `${metadata}\n${body}`;
  }
  if (HANDLERS[route]) return (await (await HANDLERS[route]()).GET(new Request("http://localhost/"), props())).text();
  if (IMAGES[route]) {
    const png = Buffer.from(await (await (await IMAGES[route]()).default(props())).arrayBuffer());
    return createHash("sha256").update(png).digest("hex");
  }
  throw new Error(`no way to render ${route}: add it here`);
}

/** Forgets the site the routes loaded, so that they load the content folder again. */
export function forgetLoadedSite(): void {
  const built = (globalThis as Record<symbol, { site?: unknown } | undefined>)[Symbol.for("reframe.content.site")];
  if (built) delete built.site;
}
