import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** The command as a writer types it, through npm, which keeps options written before `--` for itself. */
function npmRun(...args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", ...args], { encoding: "utf8", env: { ...process.env, CONTENT_CACHE: "off" } });
  return { status: result.status, stderr: result.stderr };
}

describe("an option npm took for itself is named, and nothing is done", () => {
  it("npm run import:medium <export> --dry-run, without --, does not import for real", () => {
    const run = npmRun("import:medium", "no-such-export.zip", "--dry-run");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("npm took --dry-run as its own option, so this command never saw it, and nothing was done.");
    expect(run.stderr).toContain("npm run import:medium -- medium-export.zip --dry-run");
  });

  it('npm run new "Title" --author <slug>, without --, does not fold the author into the title', () => {
    const run = npmRun("new", "A Title", "--author", "kate-dadamo", "--topic", "health");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("npm took --author, --topic as its own options, so this command never saw them");
  });

  it("with --, the options reach the command", () => {
    const run = npmRun("import:medium", "--", "no-such-export.zip", "--dry-run");
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain("npm took");
    expect(run.stderr).toContain("no-such-export.zip");
  });
});
