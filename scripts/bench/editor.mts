/**
 * What the browser's editor costs a writer to download: the files a browser
 * fetches to open /admin and an essay in it (the page, our setup script,
 * Decap's bundle, the preview's styles, the configuration and the site's
 * index), raw and gzipped as a server or CDN sends them, and Decap's chunks
 * that load only on demand (code-editor modes, locales). Bytes, not time, so
 * a busy machine does not move them. Reader pages load none of it (the
 * editor-hosting browser test checks that).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { editorConfigYaml } from "../../lib/cms/editor-config-file";
import { EDITOR_PATHS } from "../../lib/cms/editor-paths";
import { listPublicFiles, siteIndex } from "../../lib/cms/site-index";
import { contentLayout } from "../../lib/content/layout";
import { checkContent } from "../../lib/content/load";
import type { BenchModule } from "./module.mjs";
import { kb, measured, ratio } from "./run.mjs";

interface Weight {
  file: string;
  bytes: number;
  gzipped: number;
}

const weigh = (file: string, content: Buffer): Weight => ({ file, bytes: content.length, gzipped: gzipSync(content, { level: 6 }).length });

export const editor: BenchModule = {
  name: "editor",
  description: "The editor's download (/admin): what opening it and an essay fetches, raw and gzipped, and Decap's on-demand chunks",
  async run(context) {
    const out = path.join(context.tmp, "editor");
    await measured("npx", ["tsx", "scripts/build-editor.mts", "--out", out], context.root);
    const inBuild = (address: string) => path.join(out, address.slice(EDITOR_PATHS.root.length + 1));
    const site = await checkContent({ includeDrafts: false });
    const firstLoad: Weight[] = [
      weigh("index.html", readFileSync(inBuild(`${EDITOR_PATHS.root}/index.html`))),
      weigh("setup.js (ours)", readFileSync(inBuild(EDITOR_PATHS.setupScript))),
      weigh("decap-cms.js", readFileSync(inBuild(EDITOR_PATHS.decapScript))),
      weigh("preview.css", readFileSync(inBuild(EDITOR_PATHS.previewStyles))),
      weigh("config.yml", Buffer.from(editorConfigYaml({ SITE_URL: "https://reframe.example", CMS_GITHUB_REPO: "reframe-collective/site" }))),
      weigh("site.json", Buffer.from(JSON.stringify(siteIndex(site.site!, listPublicFiles(contentLayout().publicDir))))),
    ];
    const decapFolder = path.dirname(inBuild(EDITOR_PATHS.decapScript));
    const onDemand = readdirSync(decapFolder)
      .filter((name) => name !== path.basename(EDITOR_PATHS.decapScript) && !name.endsWith(".txt"))
      .map((name) => weigh(name, readFileSync(path.join(decapFolder, name))));
    const total = (weights: Weight[], key: "bytes" | "gzipped") => weights.reduce((sum, weight) => sum + weight[key], 0);
    const ours = firstLoad.find((weight) => weight.file.startsWith("setup.js"))!;
    const decap = firstLoad.find((weight) => weight.file === "decap-cms.js")!;
    const data = {
      firstLoad,
      firstLoadBytes: total(firstLoad, "bytes"),
      firstLoadGzipped: total(firstLoad, "gzipped"),
      onDemandFiles: onDemand.length,
      onDemandBytes: total(onDemand, "bytes"),
      onDemandGzipped: total(onDemand, "gzipped"),
      copiedBytes: readdirSync(decapFolder).reduce((sum, name) => sum + statSync(path.join(decapFolder, name)).size, 0),
    };
    return {
      lines: [
        `Opening /admin and an essay: ${kb(data.firstLoadGzipped)} gzipped (${kb(data.firstLoadBytes)} raw); reader pages load none of it`,
        ...firstLoad.map((weight) => `  ${weight.file.padEnd(16)} ${kb(weight.gzipped).padStart(10)} gzipped  ${kb(weight.bytes).padStart(10)} raw`),
        `  our script beside Decap's bundle: ${ratio(ours.gzipped, decap.gzipped)} gzipped (the site's content check and MDX pipeline, for the preview)`,
        `Decap's chunks loaded only on demand: ${data.onDemandFiles} files, ${kb(data.onDemandGzipped)} gzipped (${kb(data.onDemandBytes)} raw)`,
      ],
      data,
    };
  },
};
