import { existsSync } from "node:fs";
import path from "node:path";
import type { IsPublicFile } from "./link-check";

/**
 * Whether an address is a file under public/ on this machine, never outside it
 * however the address is written (`/../secret` resolves outside and is not).
 */
export function publicFileOnDisk(publicDir: string): IsPublicFile {
  // Checked at build time only; the server bundle must not trace public/ through this.
  const root = path.resolve(/* turbopackIgnore: true */ publicDir);
  return (pathname) => {
    const resolved = path.resolve(/* turbopackIgnore: true */ root, `.${pathname}`);
    return resolved.startsWith(root + path.sep) && existsSync(resolved);
  };
}
