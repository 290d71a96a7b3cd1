import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readMediumExport } from "@/lib/import/medium/export";
import { readZip, ZipRefused } from "@/lib/import/zip";
import { FIXTURE, POSTS_DIR, tempSite } from "./import-helpers";

/** An export as Medium's zip holds it, plus what an attacker might add. */
function exportZip(extra: Record<string, Uint8Array> = {}): string {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(POSTS_DIR)) files[`medium-export/posts/${name}`] = readFileSync(path.join(POSTS_DIR, name));
  files["medium-export/profile/profile.html"] = strToU8("<html><body><h3 class=\"p-name\">Someone</h3></body></html>");
  files["medium-export/claps/claps-0001.html"] = strToU8("<html><body>claps</body></html>");
  files["medium-export/blocks/blocked-users-0001.html"] = strToU8("<html><body>blocks</body></html>");
  files["../evil.html"] = strToU8("<html><body><h1 class=\"p-name\">Escaped</h1></body></html>");
  files["medium-export/posts/../../outside.html"] = strToU8("<html><body><h1 class=\"p-name\">Outside</h1></body></html>");
  Object.assign(files, extra);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "rhj-zip-")), "medium-export.zip");
  writeFileSync(file, zipSync(files));
  return file;
}

function runImport(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-medium.mts", ...args], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_CACHE: "off" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("reading Medium's zip", () => {
  it("reads the posts, counts the other folders, and refuses entries that climb out of the archive", async () => {
    const zip = exportZip();
    const contents = await readMediumExport([zip]);
    expect(contents.posts.map((post) => post.title).sort()).toEqual([
      "An Unfinished Thought", "Care Without Cages", "Counting Shelter Beds in the Open", "Credited Photographs", "Every Construct Under One Roof",
      "Housing First, in Numbers", "Introduction Is Not a Subtitle", "Lost Notes", "Markers Written Two Ways", "Notes Before the Last Word",
      "Notes Between Dividers", "Peer Support Saves Lives", "Silence Is a Position", "When a Note Runs On", "Who Calls for Help",
    ]);
    expect(contents.posts.find((post) => post.title === "An Unfinished Thought")?.draft).toBe(true);
    expect(contents.notes).toEqual([
      "refused ../evil.html: its name leads outside the archive",
      "refused medium-export/posts/../../outside.html: its name leads outside the archive",
      "3 files outside posts/ ignored (not essays)",
    ]);
  });

  it("counts files left out, not the folders' own entries", async () => {
    const contents = await readMediumExport([exportZip({ "medium-export/": new Uint8Array(), "medium-export/posts/": new Uint8Array(), "medium-export/profile/": new Uint8Array() })]);
    expect(contents.notes).toContain("3 files outside posts/ ignored (not essays)");
  });

  it("says a zip with no posts is not Medium's export, rather than importing nothing", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "rhj-zip-")), "photos.zip");
    writeFileSync(file, zipSync({ "holiday/": new Uint8Array(), "holiday/a.txt": strToU8("not a post") }));
    await expect(readMediumExport([file])).rejects.toThrow(`${file} holds no posts: expected Medium's export, a zip with a posts/ folder of .html files`);
    const result = runImport([file, "--dry-run"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("holds no posts");
  });

  it("refuses a zip bomb by its size before unpacking it", () => {
    const bomb = new Uint8Array(20 * 1024 * 1024); // 20 MB of zeros packs into a few kilobytes
    const zip = readFileSync(exportZip({ "medium-export/posts/2020-01-01_Bomb-0123456789ab.html": bomb }));
    expect(() => readZip(zip, (name) => name.includes("/posts/"))).toThrow(ZipRefused);
    expect(() => readZip(zip, (name) => name.includes("/posts/"))).toThrow(/packed \d+ times smaller than it unpacks/);
    const small = readFileSync(exportZip());
    expect(() => readZip(small, (name) => name.includes("/posts/"), { maxTotalBytes: 10_000, maxEntryBytes: 1_000_000, maxRatio: 200 })).toThrow(/would unpack to more than/);
  });
});

// Each run starts a Node process with TypeScript; on a busy machine that takes seconds.
const COMMAND_TIMEOUT = 120_000;

describe("npm run import:medium", () => {
  it("imports a zip, prints the report as JSON with --format json, runs the check and exits 0", () => {
    const layout = tempSite();
    const result = runImport([exportZip(), "--include-drafts", "--format", "json", "--content", layout.root, "--public", layout.publicDir]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(true);
    expect(report.posts).toHaveLength(15);
    // The fidelity figures travel in the JSON: the credited photographs' three links survive their images.
    const credited = report.posts.find((post: { title?: string }) => post.title === "Credited Photographs");
    expect(credited.fidelity.links).toEqual({ in: 3, kept: 3, share: 1 });
    expect(credited.fidelity.losses).toEqual([]);
    const unpaired = report.posts.find((post: { title?: string }) => post.title === "Silence Is a Position");
    expect(unpaired.fidelity.notes.markersWithoutNote).toEqual(["[3]"]);
    expect(report.check.ok).toBe(true);
    expect(report.exportNotes).toContain("refused ../evil.html: its name leads outside the archive");
    expect(existsSync(path.join(layout.articlesDir, "care-without-cages.mdx"))).toBe(true);
    expect(existsSync(path.join(path.dirname(layout.root), "evil.html"))).toBe(false);

    const again = runImport([exportZip(), "--include-drafts", "--content", layout.root, "--public", layout.publicDir]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("15 posts, 0 written, 15 unchanged, 0 skipped, 0 failed.");
    expect(again.stdout).toContain("Nothing new was written");
  }, COMMAND_TIMEOUT);

  it("exits 1 when the archive is refused, and 2 on a usage error", () => {
    const layout = tempSite();
    const bomb = runImport([exportZip({ "medium-export/posts/2020-01-01_Bomb-0123456789ab.html": new Uint8Array(20 * 1024 * 1024) }), "--content", layout.root]);
    expect(bomb.status).toBe(1);
    expect(bomb.stderr).toContain("The archive was refused");
    expect(readdirSync(layout.articlesDir)).toEqual(["newer-essay.mdx", "older-essay.mdx", "unfinished-draft.mdx"]);

    expect(runImport([]).status).toBe(2);
    expect(runImport(["--format", "yaml", path.join(POSTS_DIR, FIXTURE.parens)]).status).toBe(2);
    expect(runImport(["no-such-export.zip"]).status).toBe(2);
    const unknownAuthor = runImport([path.join(POSTS_DIR, FIXTURE.parens), "--author", "nobody", "--content", layout.root]);
    expect(unknownAuthor.status).toBe(2);
    expect(unknownAuthor.stderr).toContain("--author nobody");
  }, COMMAND_TIMEOUT);
});
