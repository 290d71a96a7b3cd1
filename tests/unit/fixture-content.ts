import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { contentLayout } from "@/lib/content/layout";

export const FIXTURES = path.resolve(__dirname, "../fixtures/content");

/** A temporary content folder: the valid fixture plus the given problem files added to articles/. */
export function contentWith(...problemFiles: string[]) {
  const root = mkdtempSync(path.join(tmpdir(), "rhj-content-"));
  cpSync(path.join(FIXTURES, "valid"), root, { recursive: true });
  for (const file of problemFiles) {
    cpSync(path.join(FIXTURES, "problems", file), path.join(root, "articles", path.basename(file)));
  }
  return contentLayout(root);
}
