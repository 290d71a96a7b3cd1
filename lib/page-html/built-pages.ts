import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * The editor's folder in an export (public/admin/, copied in): its page is not a page of the
 * site. It is never indexed for search, and it keeps its own policy rather than the pages'.
 */
const EDITOR_FOLDER = "admin";

/** Every HTML page a build wrote under `dir` (`.next/server/app`, or an export's folder). */
export function builtPages(dir: string, top = true): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return top && entry.name === EDITOR_FOLDER ? [] : builtPages(full, false);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}
