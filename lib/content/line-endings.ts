/**
 * The text the pipeline reads, however an editor saved it: without a UTF-8
 * byte-order mark (which several Windows editors write), and with Windows
 * (CRLF) and old Mac (CR) line endings as plain newlines, which keeps line
 * numbers. source-text.ts applies it to a file's decoded bytes; the browser's
 * editor to the text it is about to save.
 */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
