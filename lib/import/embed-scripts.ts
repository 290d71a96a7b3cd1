/**
 * Some embeds are nothing but a script another site serves to draw them: a
 * GitHub gist is `<script src="https://gist.github.com/<user>/<id>.js">`. The
 * script never comes through, but for the hosts known here its address names
 * the page it drew, which a reader can follow instead. Any other script names
 * nothing: an address is taken only from an https script of a known shape.
 */

export interface EmbeddedPage {
  address: string;
  /** A title for the link when the embed has no caption of its own. */
  title: string;
}

/** GitHub user names are letters, digits and single hyphens; gist ids are hex (old ones decimal). */
const GIST_PATH = /^\/(?:([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/)?([0-9a-f]{5,40})\.js$/;

export function pageOfEmbedScript(src: unknown): EmbeddedPage | undefined {
  if (typeof src !== "string") return undefined;
  const trimmed = src.trim();
  // A protocol-relative address is fetched over https from an https page.
  const absolute = trimmed.startsWith("//") ? `https:${trimmed}` : trimmed;
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port) return undefined;
  if (url.hostname === "gist.github.com") return gistPage(url);
  return undefined;
}

function gistPage(url: URL): EmbeddedPage | undefined {
  const match = GIST_PATH.exec(url.pathname);
  if (!match) return undefined;
  const [, user, id] = match;
  const file = url.searchParams.get("file")?.trim();
  const address = `https://gist.github.com/${user ? `${user}/` : ""}${id}`;
  const title = `${user ? `Gist by ${user}` : "A gist"}${file ? `: ${file}` : ""}`;
  return { address, title };
}
