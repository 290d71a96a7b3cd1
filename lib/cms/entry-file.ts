import { Document, isMap, isScalar, isSeq, Pair, parseDocument, YAMLMap } from "yaml";

/**
 * How the browser editor reads and writes a content file: YAML frontmatter
 * between two lines of ---, then the body, exactly as the site's own files are
 * (lib/content/frontmatter.ts reads them). Registered with Decap as a format of
 * its own rather than its built-in frontmatter format, for three reasons:
 *
 * - Saving changes only what the writer changed. The frontmatter the file was
 *   read with is kept beside the entry's fields, and only the lines of the
 *   fields whose values differ are rewritten in it, so a changed title is a
 *   one-line diff in the pull request and the body is left byte for byte as
 *   it was.
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
 * field the file did not have yet goes. Every line of the frontmatter that
 * holds a field whose value did not change is written back exactly as it was
 * read; a changed field's lines are replaced, in the file's own list style.
 */
export function writeEntryFile(data: EntryData, order: readonly string[]): string {
  const { body = "", [SOURCE_KEY]: source, ...fields } = data;
  const original = source ? parseDocument(source.frontmatter, { schema: "core" }) : undefined;
  const readable = original && original.errors.length === 0 && isMap(original.contents);
  let frontmatter = readable ? source!.frontmatter : "";
  const map = readable ? (original!.contents as YAMLMap) : new YAMLMap();
  const before = readable ? (original!.toJS() as Record<string, unknown>) : {};
  if (frontmatter !== "" && !frontmatter.endsWith("\n")) frontmatter += "\n";

  const edits: { start: number; end: number; text: string }[] = [];
  const keys = [...order.filter((key) => key !== "body"), ...Object.keys(fields).filter((key) => !order.includes(key))];
  for (const key of keys) {
    const value = fields[key];
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (isLeftOut(value, pair !== undefined)) {
      if (pair && order.includes(key)) edits.push({ ...linesOf(frontmatter, pair), text: "" });
      continue;
    }
    if (pair && sameValue(before[key], value)) continue;
    if (pair) edits.push({ ...linesOf(frontmatter, pair), text: fieldLines(key, value, isSeq(pair.value) && pair.value.flow === true) });
    else {
      const position = insertionPoint(frontmatter, map, key, order);
      edits.push({ start: position, end: position, text: fieldLines(key, value, false) });
    }
  }
  // From the end back, so each edit's offsets still hold; two inserts at one place keep the form's order.
  const ordered = edits.map((edit, index) => ({ ...edit, index })).sort((a, b) => b.start - a.start || b.index - a.index);
  for (const edit of ordered) frontmatter = frontmatter.slice(0, edit.start) + edit.text + frontmatter.slice(edit.end);
  const text = `---\n${frontmatter}---\n${source?.gap ?? "\n"}${body}`;
  return body === "" || text.endsWith("\n") ? text : `${text}\n`;
}

/** One field as YAML lines, as the yaml package writes it; a list in flow style when the file had it so. */
function fieldLines(key: string, value: unknown, flow: boolean): string {
  const doc = new Document({}, { schema: "core" });
  const node = doc.createNode(value);
  if (flow && isSeq(node)) node.flow = true;
  (doc.contents as YAMLMap).items.push(new Pair(doc.createNode(key), node));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The whole lines a field takes in the frontmatter, from its key's line to its value's last. */
function linesOf(text: string, pair: Pair): { start: number; end: number } {
  const keyStart = (pair.key as { range?: number[] }).range?.[0] ?? 0;
  const valueEnd = (pair.value as { range?: number[] } | null)?.range?.[1] ?? (pair.key as { range?: number[] }).range?.[1] ?? keyStart;
  const start = text.lastIndexOf("\n", keyStart - 1) + 1;
  const lineEnd = text.indexOf("\n", Math.max(valueEnd - 1, keyStart));
  return { start, end: lineEnd === -1 ? text.length : lineEnd + 1 };
}

/** Where a new field's lines go: before the first field the form puts after it, or at the end. */
function insertionPoint(text: string, map: YAMLMap, key: string, order: readonly string[]): number {
  const position = order.indexOf(key);
  const next = map.items.find((pair) => position !== -1 && isScalar(pair.key) && order.indexOf(String(pair.key.value)) > position);
  return next ? linesOf(text, next).start : text.length;
}

/** Empty values, and a `false` or an empty list the file did not already say, are not written. */
function isLeftOut(value: unknown, had: boolean): boolean {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return true;
  return !had && (value === false || (Array.isArray(value) && value.length === 0));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
