/**
 * How long `npm run import:medium` takes on a large archive: 500 posts without
 * images (so no download is timed), made from the real exports the tests keep,
 * imported into a scratch copy of content/ with the content check at the end,
 * as an editor runs it; then the same import again, which finds everything
 * already there. The baseline is the floor of any HTML-to-Markdown conversion
 * of the same 500 files, measured in the same run: each file read, parsed
 * (rehype-parse), turned into Markdown (rehype-remark) and written out
 * (remark-stringify), with no clean-up, notes, checks or files. The ratio is
 * the importer's own cost.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { contentLayout } from "../../lib/content/layout";
import { readMediumExport } from "../../lib/import/medium/export";
import { importPosts } from "../../lib/import/run";
import type { BenchModule } from "./module.mjs";
import { median, ratio, seconds } from "./run.mjs";

const POSTS = 500;

/** Published posts of the real exports, copied until there are 500, each with its own address and no image. */
function writePosts(root: string, folder: string): number {
  const real = path.join(root, "tests/fixtures/medium/real");
  const sources = readdirSync(real, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(path.join(real, entry.name)).filter((name) => /^\d{4}-.*\.html$/.test(name)).map((name) => path.join(real, entry.name, name)))
    .sort();
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.join(folder, "posts"), { recursive: true });
  let bytes = 0;
  for (let index = 0; index < POSTS; index++) {
    const file = sources[index % sources.length];
    const html = readFileSync(file, "utf8")
      .replace(/<img\b[^>]*>/g, "")
      // A new address, so every copy is an essay of its own: slugs come from the address's words.
      .replace(/href="([^"]*)-([0-9a-f]{8,16})" class="p-canonical"/, `href="$1-copy-${index}-$2" class="p-canonical"`);
    bytes += html.length;
    writeFileSync(path.join(folder, "posts", `${String(index).padStart(3, "0")}_${path.basename(file)}`), html);
  }
  return bytes;
}

async function bareConversion(folder: string): Promise<number> {
  const convert = unified().use(rehypeParse).use(rehypeRemark).use(remarkStringify).freeze();
  const started = performance.now();
  for (const name of readdirSync(path.join(folder, "posts"))) {
    const tree = convert.runSync(convert.parse(readFileSync(path.join(folder, "posts", name), "utf8")));
    convert.stringify(tree as never);
  }
  return performance.now() - started;
}

async function importArchive(folder: string, site: string) {
  const layout = contentLayout(path.join(site, "content"), path.join(site, "public"));
  const started = performance.now();
  const source = await readMediumExport([folder]);
  const report = await importPosts(source, { layout, platform: "Medium" });
  return { ms: performance.now() - started, report };
}

export const importer: BenchModule = {
  name: "import",
  description: `npm run import:medium on ${POSTS} posts without images, beside a bare HTML-to-Markdown conversion of the same files`,
  async run(context) {
    const folder = path.join(context.tmp, "import", "export");
    const bytes = writePosts(context.root, folder);
    const runs: { bare: number; first: number; again: number; written: number; whole: number; failed: number }[] = [];
    const cacheBefore = process.env.CONTENT_CACHE_DIR;
    try {
      for (let run = 0; run < context.runs; run++) {
        const site = path.join(context.tmp, "import", "site");
        rmSync(site, { recursive: true, force: true });
        cpSync(path.join(context.root, "content"), path.join(site, "content"), { recursive: true });
        mkdirSync(path.join(site, "public"), { recursive: true });
        // A cold tree cache of its own each run, as on a fresh clone.
        process.env.CONTENT_CACHE_DIR = path.join(site, "cache");
        const bare = await bareConversion(folder);
        const first = await importArchive(folder, site);
        const again = await importArchive(folder, site);
        const posts = first.report.posts;
        runs.push({
          bare,
          first: first.ms,
          again: again.ms,
          written: posts.filter((post) => post.status === "written").length,
          whole: posts.filter((post) => post.fidelity && post.fidelity.losses.length === 0).length,
          failed: posts.filter((post) => post.status === "failed").length,
        });
      }
    } finally {
      if (cacheBefore === undefined) delete process.env.CONTENT_CACHE_DIR;
      else process.env.CONTENT_CACHE_DIR = cacheBefore;
    }
    const bare = median(runs.map((run) => run.bare));
    const first = median(runs.map((run) => run.first));
    const again = median(runs.map((run) => run.again));
    const last = runs.at(-1)!;
    return {
      lines: [
        `import of ${POSTS} posts (${(bytes / 1024 / 1024).toFixed(1)} MB of HTML, no images), check included: ${ratio(first, bare)} the bare HTML-to-Markdown conversion (${seconds(first)} against ${seconds(bare)}; ${(first / POSTS).toFixed(1)} ms a post; the issue's goal is under 30 s)`,
        `the same import again, everything already there: ${ratio(again, bare)} the bare conversion (${seconds(again)})`,
        `posts written ${last.written}, failed ${last.failed}; fidelity: ${last.whole} of ${last.written} keep everything`,
        `median of ${runs.length} run${runs.length === 1 ? "" : "s"}; the machine is shared, so take the final figures on a quiet one`,
      ],
      data: { posts: POSTS, bytes, runs, median: { bareMs: bare, importMs: first, againMs: again, ratio: first / bare, againRatio: again / bare } },
    };
  },
};
