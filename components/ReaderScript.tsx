import { type ReaderBundleName, readerBundle } from "@/lib/reader-scripts/bundles";

/**
 * Loads one of the site's own standalone scripts (lib/reader-scripts/bundles.ts).
 * React puts each once in the page's <head> however many components name it;
 * the build's last step then loads it after the first paint (lib/page-html/).
 */
export function ReaderScript({ name }: { name: ReaderBundleName }) {
  const { url } = readerBundle(name);
  return <script async src={url} />;
}
