import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { SkippedSource, SourcePost } from "../source";
import { DEFAULT_ZIP_LIMITS, readZip, type ZipLimits } from "../zip";
import { readMediumPost } from "./post";

/**
 * Finds the posts in what an editor points the importer at: Medium's zip
 * ("Settings → Download your information"), that zip unpacked into a folder, or
 * single post files. Posts are the HTML files in `posts/`; the export's other
 * folders (profile/, claps/, blocks/, …) are not essays and are only counted.
 */

export interface MediumExport {
  posts: SourcePost[];
  skipped: SkippedSource[];
  /** Things about the export as a whole: refused zip entries, ignored files. */
  notes: string[];
}

export class InputError extends Error {}

const isPostEntry = (name: string) => {
  const parts = name.split("/");
  return parts.length >= 2 && parts.at(-2) === "posts" && /\.html?$/i.test(name);
};

export async function readMediumExport(inputs: string[], zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<MediumExport> {
  const result: MediumExport = { posts: [], skipped: [], notes: [] };
  const add = (html: string, source: string) => {
    const post = readMediumPost(html, source);
    if ("reason" in post) result.skipped.push(post);
    else result.posts.push(post);
  };
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new InputError(`${input} does not exist`);
    }
    if (info.isDirectory()) {
      const postsDir = (await readdir(input)).includes("posts") ? path.join(input, "posts") : input;
      const names = (await readdir(postsDir)).filter((name) => /\.html?$/i.test(name)).sort();
      if (names.length === 0) throw new InputError(`${input} holds no posts: expected Medium's export, with a posts/ folder of .html files`);
      for (const name of names) add(await readFile(path.join(postsDir, name), "utf8"), path.join(postsDir, name));
    } else if (/\.zip$/i.test(input)) {
      const contents = readZip(await readFile(input), isPostEntry, zipLimits);
      // The wrong zip, picked by mistake, is said to be one, rather than imported as nothing.
      if (contents.entries.length === 0) throw new InputError(`${input} holds no posts: expected Medium's export, a zip with a posts/ folder of .html files`);
      result.notes.push(...contents.refused.map((line) => `refused ${line}`));
      if (contents.ignored > 0) result.notes.push(`${contents.ignored} file${contents.ignored === 1 ? "" : "s"} outside posts/ ignored (not essays)`);
      const decoder = new TextDecoder("utf-8");
      for (const entry of contents.entries.sort((a, b) => a.name.localeCompare(b.name))) add(decoder.decode(entry.bytes), `${input}:${entry.name}`);
    } else if (/\.html?$/i.test(input)) {
      add(await readFile(input, "utf8"), input);
    } else {
      throw new InputError(`${input} is not a Medium export: expected a .zip, a folder, or .html post files`);
    }
  }
  return result;
}
