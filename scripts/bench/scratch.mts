/** Scratch copies of the project under bench/tmp/, holding generated essays (never in content/). */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

const PROJECT_FILES = ["app", "components", "lib", "assets", "public", "scripts", "deploy", "functions", "tests/browser.ts", ".env", "package.json", "package-lock.json", "tsconfig.json", "next.config.ts", "proxy.ts", "wrangler.toml"];

/** The generated essay number `index`: the real one under a distinct slug, title, date and first sentence. */
export function generatedEssay(essay: string, index: number): string {
  const date = new Date(Date.UTC(2020, 0, 1) + index * 86_400_000 * 0.7).toISOString().slice(0, 10);
  return (
    essay
      .replace(/^title: .*$/m, `title: "Can Anti-Trafficking Be Rescued? Benchmark Essay ${index}"`)
      // The schema holds the two titles to the same words.
      .replace(/^sentenceCaseTitle: .*$/m, `sentenceCaseTitle: "Can anti-trafficking be rescued? Benchmark essay ${index}"`)
      .replace(/^published: .*$/m, `published: ${date}`)
      // A distinct body per article, so no two share a cache entry.
      .replace("Despite a transformative moment", `Essay ${index}. Despite a transformative moment`)
  );
}

/**
 * A scratch copy of the project's code, with no content, at `dir`: under the
 * project (bench/tmp/), so Turbopack's root (found from package-lock.json)
 * contains the target of its link to node_modules.
 */
export function projectCopy(root: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT_FILES) {
    // public/ holds only what content adds (and the built search index), so a checkout may have none.
    if (!existsSync(path.join(root, entry))) continue;
    mkdirSync(path.dirname(path.join(dir, entry)), { recursive: true });
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  rmSync(path.join(dir, "public", "pagefind"), { recursive: true, force: true });
  symlinkSync(path.relative(dir, path.join(root, "node_modules")), path.join(dir, "node_modules"));
  return dir;
}

/** A scratch copy of the project whose content holds `count` essays made from the real one. */
export function scratchProject(root: string, dir: string, essayFile: string, count: number): string {
  projectCopy(root, dir);
  cpSync(path.join(root, "content"), path.join(dir, "content"), { recursive: true });
  const essay = readFileSync(essayFile, "utf8");
  for (let index = 1; index < count; index++) writeFileSync(path.join(dir, "content", "articles", `benchmark-essay-${index}.mdx`), generatedEssay(essay, index));
  return dir;
}

/** Edits one generated essay's text (title and body), as an editor's pull request would. */
export function editOneEssay(dir: string, index: number, stamp: string) {
  const file = path.join(dir, "content", "articles", `benchmark-essay-${index}.mdx`);
  const text = readFileSync(file, "utf8")
    .replace(/^title: "(.*)"$/m, `title: "$1 (edited ${stamp})"`)
    .replace(/^sentenceCaseTitle: "(.*)"$/m, `sentenceCaseTitle: "$1 (edited ${stamp})"`)
    .replace("Despite a transformative moment", `Edited ${stamp}. Despite a transformative moment`);
  writeFileSync(file, text);
}
