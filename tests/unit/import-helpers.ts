import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { contentLayout, type ContentLayout } from "@/lib/content/layout";
import { readMediumPost } from "@/lib/import/medium/post";
import { importPosts, type ImportOptions } from "@/lib/import/run";
import type { SkippedSource, SourcePost } from "@/lib/import/source";

export const MEDIUM_FIXTURES = path.resolve(__dirname, "../fixtures/medium");
export const POSTS_DIR = path.join(MEDIUM_FIXTURES, "posts");
const VALID_CONTENT = path.resolve(__dirname, "../fixtures/content/valid");

/** The fixtures name their images on this host; tests point it at their own server. */
export const FIXTURE_IMAGE_HOST = "http://images.test/";

export const FIXTURE = {
  everything: "2021-03-04_Every-Construct-Under-One-Roof-1a2b3c4d5e6f.html",
  brackets: "2018-06-10_Care-Without-Cages-aa11bb22cc33.html",
  parens: "2020-11-02_Housing-First-Numbers-dd44ee55ff66.html",
  superscript: "2022-01-15_Peer-Support-Saves-Lives-0a1b2c3d4e5f.html",
  sup: "2019-08-20_Who-Calls-For-Help-9f8e7d6c5b4a.html",
  unpaired: "2020-06-30_Silence-Is-A-Position-5e6f7a8b9c0d.html",
  noNotes: "2020-07-01_Lost-Notes-1f2e3d4c5b6a.html",
  draft: "draft_An-Unfinished-Thought-0f9e8d7c6b5a.html",
  embedScripts: "2023-02-14_Counting-Shelter-Beds-In-The-Open-c0de5a1e0b2d.html",
  mixedMarkers: "2021-05-10_Markers-Written-Two-Ways-3a4b5c6d7e8f.html",
  multiParagraphNotes: "2017-09-14_When-A-Note-Runs-On-4b5c6d7e8f9a.html",
  notesThenClosing: "2019-10-30_Notes-Before-The-Last-Word-5c6d7e8f9a0b.html",
  notesBetweenDividers: "2020-11-24_Notes-Between-Dividers-6d7e8f9a0b1c.html",
  creditedCaptions: "2022-03-08_Credited-Photographs-7e8f9a0b1c2d.html",
  noSubtitle: "2021-01-25_Introduction-Is-Not-A-Subtitle-8f9a0b1c2d3e.html",
} as const;

/** A 1×1 PNG. */
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

/** The valid fixture holds one essay this importer wrote, for the browser tests to read. */
export const IMPORTED_FIXTURE = path.join(VALID_CONTENT, "articles", "care-without-cages.mdx");

/**
 * A content folder (a copy of the valid fixture, without the essay imported
 * into it unless asked) and an empty public folder to import into.
 */
export function tempSite({ keepImported = false } = {}): ContentLayout {
  const root = mkdtempSync(path.join(tmpdir(), "rhj-import-"));
  cpSync(VALID_CONTENT, path.join(root, "content"), { recursive: true });
  if (!keepImported) rmSync(path.join(root, "content", "articles", path.basename(IMPORTED_FIXTURE)));
  mkdirSync(path.join(root, "public"));
  return contentLayout(path.join(root, "content"), path.join(root, "public"));
}

/**
 * Serves the fixtures' images on 127.0.0.1: photo.png is a real PNG,
 * missing.png is a 404, fake.png is HTML that claims to be a PNG. With
 * `everyImageFound`, every address answers with the PNG.
 */
export async function imageServer({ everyImageFound = false } = {}): Promise<{ origin: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.url === "/slow.png") return; // never answers
    if (request.url === "/big.png") {
      response.writeHead(200, { "content-type": "image/png" }).end(Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
    } else if (everyImageFound || request.url === "/photo.png") {
      response.writeHead(200, { "content-type": "image/png" }).end(PNG);
    } else if (request.url === "/fake.png") {
      response.writeHead(200, { "content-type": "image/png" }).end("<!doctype html><title>Not an image</title><p>Sign in to continue</p>");
    } else {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    origin,
    server,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export function fixtureHtml(name: string, imageOrigin?: string): string {
  const html = readFileSync(path.join(POSTS_DIR, name), "utf8");
  return imageOrigin ? html.replaceAll(FIXTURE_IMAGE_HOST, imageOrigin) : html;
}

export function readFixture(name: string, imageOrigin?: string): SourcePost {
  const post = readMediumPost(fixtureHtml(name, imageOrigin), `posts/${name}`);
  if ("reason" in post) throw new Error(`${name} was skipped: ${post.reason}`);
  return post;
}

export async function importFixtures(names: string[], options: Omit<ImportOptions, "layout"> & { layout?: ContentLayout; imageOrigin?: string } = {}) {
  const layout = options.layout ?? tempSite();
  const posts: SourcePost[] = [];
  const skipped: SkippedSource[] = [];
  for (const name of names) {
    const post = readMediumPost(fixtureHtml(name, options.imageOrigin), `posts/${name}`);
    if ("reason" in post) skipped.push(post);
    else posts.push(post);
  }
  const report = await importPosts({ posts, skipped, notes: [] }, { images: { limits: { timeoutMs: 5_000, maxBytes: 1024 * 1024 } }, ...options, layout });
  const read = (slug: string) => readFileSync(path.join(layout.articlesDir, `${slug}.mdx`), "utf8");
  return { layout, report, read };
}

/** Every file under a folder with its size and modification time, to prove nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else result[path.relative(dir, full)] = `${info.size}:${info.mtimeMs}`;
    }
  };
  walk(dir);
  return result;
}
