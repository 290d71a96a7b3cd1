import { CITATION_FILE_EXTENSIONS, CITATION_FILE_TYPES } from "./citation/file-types";
import { EDITOR_PATHS } from "./cms/editor-paths";
import { CMS_AUTH_BASE_PATH } from "./cms-auth/paths";
import { READER_SCRIPTS_PATH } from "./reader-scripts/bundles";
import { authorPath, citationFilePath, FEEDS, topicPath } from "./routes";
import { EDITOR_ONLY_HEADERS, EDITOR_SECURITY_HEADERS, type Header, SECURITY_HEADERS } from "./security-headers";

/**
 * The same headers as `next start`, for hosts that serve the static export: `_headers`
 * (Cloudflare Pages), an nginx server block, and `npm run serve:static`.
 */

/**
 * Files whose type a host cannot tell from their names: Next writes share images without an
 * extension, hosts do not know the citation formats or agree on icons, and they send feeds as
 * plain XML and JSON. `*` stands for one path segment (an essay's slug).
 */
export const STATIC_CONTENT_TYPES: { path: string; type: string }[] = [
  { path: "/opengraph-image", type: "image/png" },
  { path: "/articles/*/opengraph-image", type: "image/png" },
  // Hosts disagree on .ico (image/x-icon, image/vnd.microsoft.icon); `next start` sends this one.
  { path: "/favicon.ico", type: "image/x-icon" },
  ...CITATION_FILE_EXTENSIONS.map((extension) => ({ path: citationFilePath("*", extension), type: CITATION_FILE_TYPES[extension].contentType })),
  ...Object.values(FEEDS).map(({ path, type }) => ({ path, type: `${type}; charset=utf-8` })),
  // Each author's and topic's own RSS feed.
  ...[authorPath("*"), topicPath("*")].map((base) => ({ path: `${base}${FEEDS.rss.path}`, type: `${FEEDS.rss.type}; charset=utf-8` })),
];

/** Folders whose files are named by a hash of their content, so a host may keep them for good. */
export const IMMUTABLE_FOLDERS = ["/_next/static/", `${READER_SCRIPTS_PATH}/`];
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * What a static host sends, path by path. Every rule that matches a path applies, in this
 * order, and a later rule's header replaces the same header of an earlier one (`_headers`
 * says so with Pages' `! Name` line: Pages would otherwise join the two values with a comma,
 * and two policies joined are both enforced).
 */
export type HeaderRule = {
  path: string;
  headers: Header[];
  /** Headers the host adds by itself that `next start` does not send. */
  detach?: string[];
};

export const HOST_HEADER_RULES: HeaderRule[] = [
  // Cloudflare Pages lets any site read every file with `Access-Control-Allow-Origin: *`.
  { path: "/*", headers: SECURITY_HEADERS, detach: ["Access-Control-Allow-Origin"] },
  // Next's files and the site's own scripts are named by their content, so they never change (as `next start` says).
  ...IMMUTABLE_FOLDERS.map((folder) => ({ path: `${folder}*`, headers: [{ key: "Cache-Control", value: IMMUTABLE }] })),
  ...STATIC_CONTENT_TYPES.map(({ path, type }) => ({ path, headers: [{ key: "Content-Type", value: type }] })),
  // The writers' editor's own policy (lib/security-headers.ts), for its page and its files.
  ...[EDITOR_PATHS.root, `${EDITOR_PATHS.root}/*`].map((path) => ({ path, headers: EDITOR_ONLY_HEADERS })),
];

/**
 * The other names a static host answers for a page, each sent on to the page's one address
 * with a permanent redirect, query kept, as Cloudflare Pages does (and `next start` does for
 * a trailing slash): `/index.html` is `/`, `/x/` and `/x.html` are `/x`, and the editor's
 * folder is `/admin/`. Without them a link written with a slash was a 404 on nginx and a
 * second copy of the page under `npm run serve:static`. The patterns match the request's raw
 * target, and only paths of plain segments, so no address can send a reader to another site;
 * they are written once for both `serve:static` and nginx, which read the same syntax.
 */
export const PAGE_REDIRECTS: { pattern: string; to: string }[] = [
  { pattern: "^/index\\.html(\\?.*)?$", to: "/$1" },
  { pattern: `^${EDITOR_PATHS.root}(\\?.*)?$`, to: `${EDITOR_PATHS.root}/$1` },
  { pattern: "^((?:/[A-Za-z0-9._~-]+)+)(?:/|\\.html)(\\?.*)?$", to: "$1$2" },
];

const PAGE_REDIRECT_PATTERNS = PAGE_REDIRECTS.map(({ pattern, to }) => ({ pattern: new RegExp(pattern), to }));

/** Where a static host sends a request for another name of a page (PAGE_REDIRECTS), or undefined to serve it as it is. */
export function pageRedirect(target: string): string | undefined {
  if (target.startsWith(`${EDITOR_PATHS.root}/`)) return undefined;
  for (const { pattern, to } of PAGE_REDIRECT_PATTERNS) {
    const match = pattern.exec(target);
    if (match) return to.replace(/\$(\d)/g, (_, index: string) => match[Number(index)] ?? "");
  }
  return undefined;
}

/** `*` stands for one segment, as in the rules above; the last `*` of `/x/*` for anything below. */
function pathPattern(path: string): RegExp {
  const segments = path.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  const last = segments.pop()!;
  const pattern = segments.map((part, index) => `${part}${index === segments.length - 1 && last === "" ? ".*" : "[^/]+"}`).join("") + last;
  return new RegExp(`^${pattern}$`);
}

function rulesFor(pathname: string, rules: HeaderRule[]): HeaderRule[] {
  return rules.filter(({ path }) => pathPattern(path).test(pathname));
}

/** The headers a static host sends for a path: every matching rule, later ones replacing earlier ones. */
export function headersForPath(pathname: string, rules: HeaderRule[] = HOST_HEADER_RULES): Header[] {
  const headers = new Map<string, Header>();
  for (const rule of rulesFor(pathname, rules)) for (const header of rule.headers) headers.set(header.key.toLowerCase(), header);
  return [...headers.values()];
}

/** The content type a static host should send for a path, when its name does not tell. */
export function staticContentType(pathname: string): string | undefined {
  return headersForPath(pathname).find(({ key }) => key.toLowerCase() === "content-type")?.value;
}

/**
 * Cloudflare Pages' `_headers`. A header that an earlier rule covering the same paths also
 * sets is detached first (`! Name`), so the path gets one value, the later rule's.
 */
export function headersFile(rules: HeaderRule[] = HOST_HEADER_RULES): string {
  const lines: string[] = [];
  rules.forEach((rule, index) => {
    const example = rule.path.replace(/\*/g, "x");
    const earlier = rules.slice(0, index).filter(({ path }) => pathPattern(path).test(example));
    const setEarlier = new Set(earlier.flatMap(({ headers }) => headers.map(({ key }) => key.toLowerCase())));
    lines.push(rule.path);
    for (const name of rule.detach ?? []) lines.push(`  ! ${name}`);
    for (const { key, value } of rule.headers) {
      if (setEarlier.has(key.toLowerCase())) lines.push(`  ! ${key}`);
      lines.push(`  ${key}: ${value}`);
    }
  });
  return `${lines.join("\n")}\n`;
}

/**
 * Cloudflare Pages' `_routes.json`: only the editor's sign-in runs a Function; every reader's
 * request is a file served without running any code.
 */
export function routesFile(): string {
  return `${JSON.stringify({ version: 1, include: [`${CMS_AUTH_BASE_PATH}/*`], exclude: [] }, null, 2)}\n`;
}

/** Where the example server listens and what it serves; the browser tests and the bench run it on a port of their own. */
export interface NginxSite {
  listen: string;
  root: string;
}

export function nginxConfig({ listen, root }: NginxSite = { listen: "80", root: "/srv/reframe/out" }): string {
  // nginx reads $ in a path as a variable and has no escape for it.
  if (/["$\\;{}\s]/.test(root)) throw new Error(`nginx cannot serve ${root}: its path has a quote, $, backslash, brace, semicolon or space`);
  const headers = SECURITY_HEADERS.map(({ key, value }) => `    add_header ${key} "${value}" always;`).join("\n");
  const nested = headers.replace(/^ {4}/gm, "        ");
  // A location's add_header lines replace the server's, so the editor's location lists its whole set.
  const editorHeaders = EDITOR_SECURITY_HEADERS.map(({ key, value }) => `        add_header ${key} "${value}" always;`).join("\n");
  // The editor's own redirect goes in its exact location; the rest in `location /`, which the editor's folder never reaches.
  const isEditorRedirect = ({ to }: { to: string }) => to.startsWith(`${EDITOR_PATHS.root}/`);
  const redirectLines = (editor: boolean) =>
    PAGE_REDIRECTS.filter((redirect) => isEditorRedirect(redirect) === editor)
      .map(({ pattern, to }) => `        if ($request_uri ~ "${pattern}") {\n            return 308 ${to};\n        }`)
      .join("\n");
  return `# Generated by \`npm run build:static\` from lib/security-headers.ts; do not edit by hand.
# Serves the static export (out/) with the same headers as \`next start\`.
server {
    listen ${listen};
    server_name _;
    root ${root};
    charset utf-8;
    server_tokens off;
    # Redirects name only the path, so they hold behind a proxy that ends TLS.
    absolute_redirect off;

${headers}

    # /articles/x is served from articles/x.html; unknown paths get the site's 404 page. Another
    # name of a page (x/, x.html) is sent on to its one address, matched on the request as sent.
    location / {
${redirectLines(false)}
        try_files $uri $uri.html $uri/index.html =404;
    }
    # The 404 page is answered from its own location, so a missing file elsewhere (under /admin/,
    # say) does not meet the rules above again with the address first asked for, and /404.html
    # asked for directly is a 404 as well.
    error_page 404 /404.html;
    location = /404.html {
        internal;
    }

${STATIC_CONTENT_TYPES.map(
  ({ path, type }) => `    location ~ ^${path.replace(/[.]/g, "\\.").replace(/\*/g, "[^/]+")}$ {
        types { }
        default_type "${type}";
${nested}
    }
`,
).join("\n")}
    # The browser's editor, with its own policy (lib/security-headers.ts); ^~ keeps the regex locations above out.
    location = ${EDITOR_PATHS.root} {
${redirectLines(true)}
    }
    location ^~ ${EDITOR_PATHS.root}/ {
        try_files $uri $uri/index.html =404;
        types {
            text/html html;
            text/css css;
            text/javascript js;
            text/plain txt;
            text/yaml yml;
            application/json json;
            application/wasm wasm;
        }
${editorHeaders}
    }
${IMMUTABLE_FOLDERS.map(
  (folder) => `
    location ${folder} {
        add_header Cache-Control "${IMMUTABLE}" always;
${nested}
    }
`,
).join("\n")}
    # A types block here replaces nginx's whole list, so it names every kind of file in the export.
    types {
        text/html html;
        text/css css;
        text/javascript js;
        text/plain txt;
        application/xml xml;
        application/json json;
        image/svg+xml svg;
        image/png png;
        image/x-icon ico;
        font/woff woff;
        font/woff2 woff2;
        application/wasm wasm;
    }
    gzip on;
    gzip_types text/css text/javascript application/javascript application/json application/xml application/rss+xml application/atom+xml application/feed+json image/svg+xml;
}
`;
}
