import { Document, isMap, isScalar, parseDocument, type YAMLMap } from "yaml";

/**
 * How the browser editor reads and writes a content file: YAML frontmatter
 * between two lines of ---, then the body, exactly as the site's own files are
 * (lib/content/frontmatter.ts reads them). Registered with Decap as a format of
 * its own rather than its built-in frontmatter format, for three reasons:
 *
 * - Saving changes only what the writer changed. The frontmatter the file was
 *   read with is kept beside the entry's fields, and only the fields whose
 *   values differ are rewritten in it, so a changed title is a one-line diff
 *   in the pull request and the body is left byte for byte as it was.
 * - An optional field the writer left empty is left out, as a hand-written
 *   file would, rather than written as `updated: ""`, which the check refuses.
 * - The preview serialises the entry with this same code, so the file it
 *   checks, line numbers and all, is the file that will be saved.
 */

export const ENTRY_FORMAT = "reframe-mdx";

/** Where an entry's data keeps the file it was read from. Never written to the file. */
export const SOURCE_KEY = "__source";

interface EntrySource {
  /** The frontmatter's YAML, between the fences. */
  frontmatter: string;
  /** What stood between the closing fence and the body: usually one empty line. */
  gap: string;
}

export type EntryData = Record<string, unknown> & { body?: string; [SOURCE_KEY]?: EntrySource };

const OPENING_FENCE = /^---[ \t]*\r?\n/;
const CLOSING_FENCE = /^---[ \t]*(?:\r?\n|$)/m;

export function readEntryFile(text: string): EntryData {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return { body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING_FENCE.exec(rest);
  if (!closing) return { body: text };
  const frontmatter = rest.slice(0, closing.index);
  const afterFence = rest.slice(closing.index + closing[0].length);
  const gap = /^(?:\r?\n)?/.exec(afterFence)![0];
  const doc = parseDocument(frontmatter, { schema: "core" });
  const fields = doc.errors.length === 0 && isMap(doc.contents) ? (doc.toJS() as Record<string, unknown>) : {};
  return { ...fields, body: afterFence.slice(gap.length), [SOURCE_KEY]: { frontmatter, gap } };
}

/**
 * The file for an entry's data. `order` is the form's field order, where a
 * field the file did not have yet goes.
 */
export function writeEntryFile(data: EntryData, order: readonly string[]): string {
  const { body = "", [SOURCE_KEY]: source, ...fields } = data;
  const doc = documentFrom(source);
  const map = doc.contents as YAMLMap;
  const before = doc.toJS() as Record<string, unknown>;
  const keys = [...order.filter((key) => key !== "body"), ...Object.keys(fields).filter((key) => !order.includes(key))];
  for (const key of keys) {
    const value = fields[key];
    const had = key in before;
    if (isLeftOut(value, had)) {
      if (had && order.includes(key)) doc.delete(key);
      continue;
    }
    if (had && sameValue(before[key], value)) continue;
    if (had) doc.set(key, value);
    else insertInOrder(doc, map, key, value, order);
  }
  const yaml = map.items.length > 0 ? doc.toString({ lineWidth: 0 }) : "";
  const text = `---\n${yaml}---\n${source?.gap ?? "\n"}${body}`;
  return body === "" || text.endsWith("\n") ? text : `${text}\n`;
}

function documentFrom(source: EntrySource | undefined): Document {
  if (source) {
    const doc = parseDocument(source.frontmatter, { schema: "core" });
    if (doc.errors.length === 0 && isMap(doc.contents)) return doc;
  }
  return new Document({}, { schema: "core" });
}

/** Empty values, and a `false` or an empty list the file did not already say, are not written. */
function isLeftOut(value: unknown, had: boolean): boolean {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return true;
  return !had && (value === false || (Array.isArray(value) && value.length === 0));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function insertInOrder(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]) {
  const position = order.indexOf(key);
  const index = map.items.findIndex((pair) => {
    const existing = isScalar(pair.key) ? String(pair.key.value) : "";
    const existingPosition = order.indexOf(existing);
    return position !== -1 && existingPosition > position;
  });
  const pair = doc.createPair(key, value);
  if (index === -1) map.items.push(pair);
  else map.items.splice(index, 0, pair);
}
