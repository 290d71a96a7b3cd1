import { readdirSync } from "node:fs";
import path from "node:path";

/** Every HTML page a build wrote under `dir` (`.next/server/app`, or an export's folder). */
export function builtPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return builtPages(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}
