/**
 * The one use of Node's Buffer in the content layer's browser bundle:
 * gray-matter keeps the text it split as bytes (`Buffer.from(text)`) beside
 * the result, which nothing reads. esbuild injects this for the name `Buffer`
 * in the editor's script (scripts/build-editor.mts).
 */
export const Buffer = {
  from: (text: string) => new TextEncoder().encode(text),
  isBuffer: () => false,
};
