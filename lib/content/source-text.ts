import { isUtf8 } from "node:buffer";
import { normaliseText } from "./line-endings";
import { LIMITS } from "./limits";

/**
 * Turns a file's bytes into the text the rest of the pipeline reads, or says
 * why it cannot: too large, not UTF-8, or holding NUL bytes. A UTF-8 byte-order
 * mark (which several Windows editors write) is removed, and Windows (CRLF)
 * and old Mac (CR) line endings become plain newlines, which keeps line numbers.
 */
export type SourceText = { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function decodeSource(bytes: Buffer): SourceText {
  if (bytes.length > LIMITS.fileBytes) {
    return { ok: false, line: 1, column: 1, message: `the file is ${megabytes(bytes.length)}; the limit is ${megabytes(LIMITS.fileBytes)}. Split it, or move images and other files to public/` };
  }
  const body = bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes;
  if (!isUtf8(body)) {
    const offset = firstInvalidByte(body) + (body === bytes ? 0 : 3);
    return { ok: false, ...positionOf(bytes, offset), message: `is not UTF-8 text: the byte at offset ${offset} (0x${bytes[offset].toString(16).padStart(2, "0")}) is not valid UTF-8. Save the file as UTF-8` };
  }
  const nul = body.indexOf(0);
  if (nul !== -1) {
    const offset = nul + (body === bytes ? 0 : 3);
    return { ok: false, ...positionOf(bytes, offset), message: `contains a NUL byte at offset ${offset}, which text never holds; remove it, or save the file as UTF-8 text` };
  }
  return { ok: true, text: normaliseText(body.toString("utf8")) };
}

/** The first byte where no valid UTF-8 text can continue. Only runs on files already known to be invalid. */
function firstInvalidByte(bytes: Buffer): number {
  // A prefix that ends inside a character is still fine for a streaming
  // decoder, so "the prefix decodes" only turns false at the first bad byte.
  const decodes = (length: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  // When the text ends inside a character, the decoder never gives up: the fault is that last character.
  if (!decodes(bytes.length)) {
    while (bad - good > 1) {
      const middle = (good + bad) >> 1;
      if (decodes(middle)) good = middle;
      else bad = middle;
    }
  }
  // The decoder gives up at the byte that cannot continue a character, but the fault is the
  // character it started: Latin-1's "é " is the byte é (a lead byte) followed by a space, and
  // the editor needs to hear about the é. So step back to the end of the last whole character.
  let start = bad - 1;
  while (start > 0 && bad - 1 - start < 3 && !decodesWhole(start)) start--;
  return decodesWhole(start) ? start : bad - 1;

  function decodesWhole(length: number): boolean {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length));
      return true;
    } catch {
      return false;
    }
  }
}

function positionOf(bytes: Buffer, offset: number): { line: number; column: number } {
  const before = bytes.subarray(0, offset);
  let line = 1;
  let lineStart = 0;
  for (let index = before.indexOf(10); index !== -1; index = before.indexOf(10, index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString("en", { maximumFractionDigits: 1 })} MB`;
}
