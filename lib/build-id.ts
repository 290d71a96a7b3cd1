import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The build's ID, which Next writes into every page (its asset paths and its
 * payload): a hash of what a build is made from, except the content. With
 * Next's random ID, two builds of the same tree differed in every page, so no
 * step after Next could tell an unchanged page from a changed one; with this
 * one, the same code, lockfile and configuration give byte-identical pages,
 * and a change to any of them gives every page a new ID, so the next build
 * makes everything again (`scripts/build.mts`).
 */

/** What is hashed: the code, the lockfile (every library's version) and the configuration, in the project. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "scripts",
  "assets",
  "proxy.ts",
  // The editor's sign-in as Cloudflare Pages Functions, and the host's configuration: they
  // ship beside the export, so a change to them is a change of code like any other.
  "functions",
  "wrangler.toml",
  "next.config.ts",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  // The environment files Next loads for a production build.
  ".env",
  ".env.production",
  ".env.local",
  ".env.production.local",
];

/** Inside those, what no build reads: the bench. */
const NOT_BUILD_INPUTS = new Set(["scripts/bench"]);

/** The configuration that comes from the environment: read at build time by next.config.ts (the export, the editor's local backend) and lib/site-url.ts. */
export const BUILD_ENVIRONMENT = ["SITE_URL", "STATIC_EXPORT", "EXPORT_DIR", "CMS_LOCAL_BACKEND_URL"];

/** Every file under the inputs, relative to the project, in a stable order. */
export function buildInputFiles(root: string = process.cwd()): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    if (NOT_BUILD_INPUTS.has(relative)) return;
    // Read at build time only, so the server's file tracing must not follow these paths.
    const absolute = path.join(/* turbopackIgnore: true */ root, relative);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const name of readdirSync(absolute).sort()) walk(`${relative}/${name}`);
    } else {
      files.push(relative);
    }
  };
  for (const input of BUILD_INPUTS) walk(input);
  return files;
}

/** The hash of the build's inputs and environment: 20 hexadecimal digits, as Next puts it in addresses. */
export function buildId(root: string = process.cwd(), environment: Record<string, string | undefined> = process.env): string {
  const hash = createHash("sha256");
  for (const file of buildInputFiles(root)) hash.update(`${file}\0`).update(readFileSync(path.join(/* turbopackIgnore: true */ root, file))).update("\0");
  for (const name of BUILD_ENVIRONMENT) hash.update(`${name}=${environment[name] ?? ""}\0`);
  // The runtime that builds is part of the toolchain, like the lockfile's libraries.
  hash.update(`node=${process.version}\0`);
  return hash.digest("hex").slice(0, 20);
}
