import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { type ContentFile, type ContentLayout, type ContentListing, listContent } from "./layout";
import { assembleSite, loadContent } from "./load";
import { loadFileBytes } from "./load-file";
import type { ContentKind, LoadedFile } from "./load-source";
import type { ContentProblem } from "./problems";
import { readBytesSync } from "./read-source";
import { treeCacheDir } from "./tree-cache";
import type { Site } from "./types";
import type { Root } from "hast";

/**
 * The site as the development server shows it while an editor writes: loaded
 * again only when a content file changed, and then only the files that changed.
 *
 * Each load lists the content folder and compares every file's size and
 * modification time with the last load's; a file whose stamp moved is read and
 * hashed, and compiled again only if its text changed. What looks across files
 * (slugs, references, links) is cheap and runs again whenever anything changed,
 * so a renamed author or a deleted essay shows in every file that points at it.
 *
 * Unlike the production build, problems do not stop the site: it is built from
 * every file that can be shown, and carries the problems for pages to show.
 */
export class EditingSite {
  private readonly files = new Map<string, { stamp: string; hash: string; loaded: LoadedFile<ContentKind> }>();
  private last?: { state: string; result: Promise<EditingResult> };
  private readonly trees = new StoredTrees();
  /** What the last load that found a change did, for tests: files it read, and those it compiled. */
  lastReload = { read: [] as string[], compiled: [] as string[] };

  constructor(private readonly layout: ContentLayout) {}

  async load(): Promise<EditingResult> {
    const listing = await listContent(this.layout);
    const stamps = new Map(allFiles(listing).map((file) => [file.absolutePath, stampOf(file.absolutePath)]));
    const state = [...stamps].map(([file, stamp]) => `${file}\0${stamp}`).join("\n");
    // The same folder state as the last load, or a load of it still under way:
    // every call of one request, and every request until a file changes, share it.
    // A folder whose last load had problems is assembled again, since a fix may
    // be outside the content folder (an image added to public/).
    if (this.last?.state === state && (await this.last.result.then((last) => last.problems.length === 0, () => false))) return this.last.result;
    const result = this.reload(listing, stamps);
    this.last = { state, result };
    result.catch(() => {
      if (this.last?.result === result) this.last = undefined;
    });
    return result;
  }

  private async reload(listing: ContentListing, stamps: Map<string, string>): Promise<EditingResult> {
    const read: string[] = [];
    const compiled: string[] = [];
    const cacheDir = treeCacheDir();
    // Not an async function: a file that did not change is returned as it is, without a promise.
    const loadFile = <Kind extends ContentKind>(file: ContentFile, kind: Kind): LoadedFile<Kind> | Promise<LoadedFile<Kind>> => {
      const stamp = stamps.get(file.absolutePath)!;
      const known = this.files.get(file.absolutePath);
      if (known && known.stamp === stamp && known.loaded.kind === kind) return known.loaded as LoadedFile<Kind>;
      const bytes = readBytesSync(file.absolutePath);
      read.push(file.displayPath);
      const hash = createHash("sha256").update(bytes.ok ? bytes.bytes : bytes.message).digest("hex");
      if (known && known.hash === hash && known.loaded.kind === kind) {
        known.stamp = stamp;
        return known.loaded as LoadedFile<Kind>;
      }
      compiled.push(file.displayPath);
      return loadFileBytes(file, kind, bytes, cacheDir).then((loaded) => {
        if (loaded.entry) this.trees.store(loaded.entry.value as unknown as Record<string, Root>, kind === "author" ? "bio" : "body");
        this.files.set(file.absolutePath, { stamp, hash, loaded });
        return loaded;
      });
    };
    const loaded = await loadContent(listing, loadFile);
    for (const path of this.files.keys()) if (!stamps.has(path)) this.files.delete(path);
    this.lastReload = { read, compiled };
    const { problems, site } = assembleSite(this.layout, loaded, { includeDrafts: true });
    return { problems, site };
  }
}

export interface EditingResult {
  /** Every problem, as `npm run check` reports them; the site carries them grouped by file. */
  problems: ContentProblem[];
  site: Site;
}

function allFiles(listing: ContentListing): ContentFile[] {
  return [...listing.articles, ...listing.authors, ...listing.topics, listing.collective];
}

/** Changes when the file is written, replaced or removed; "missing" is a state too. */
function stampOf(file: string): string {
  try {
    const stat = statSync(file, { bigint: true });
    return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
  } catch {
    return "missing";
  }
}

/**
 * Keeps each file's rendered tree as JSON text, and turns it back into a tree
 * when a page asks for it. A thousand essays' trees as objects are most of the
 * server's memory, and the garbage collector walks all of them again and again
 * while pages render, so every reload got slower as the archive grew; as text
 * they cost it nothing. The few trees used most recently are kept as objects.
 */
class StoredTrees {
  private readonly recent = new Map<string, Root>();

  store(target: Record<string, Root>, key: string) {
    const text = JSON.stringify(target[key]);
    Object.defineProperty(target, key, { enumerable: true, configurable: true, get: () => this.tree(text) });
  }

  private tree(text: string): Root {
    let tree = this.recent.get(text);
    if (tree) this.recent.delete(text);
    else tree = JSON.parse(text) as Root;
    this.recent.set(text, tree);
    if (this.recent.size > 8) this.recent.delete(this.recent.keys().next().value!);
    return tree;
  }
}
