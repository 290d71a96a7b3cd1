import { type Fidelity, isWhole } from "./fidelity";

/**
 * The import's report: per post, what was written (or why not), and what
 * needs a person's eye. Text for editors, JSON for tools.
 */

export type PostStatus = "written" | "replaced" | "unchanged" | "skipped" | "failed";

export interface PostReport {
  source: string;
  title?: string;
  status: PostStatus;
  /** The essay's file, when there is one. */
  file?: string;
  /** Why a post was skipped or failed. */
  reason?: string;
  draft: boolean;
  wordsIn: number;
  wordsOut: number;
  links: number;
  notesRecovered: number;
  imagesFetched: number;
  /** Each failed image: its address and why. */
  imagesFailed: string[];
  embedsLinked: number;
  actionSteps: string[];
  /** What was dropped because it could run code or load from elsewhere. */
  dropped: string[];
  warnings: string[];
  /** How much of the post the essay keeps; absent when no essay was made. */
  fidelity?: Fidelity;
}

export interface ImportReport {
  dryRun: boolean;
  posts: PostReport[];
  /** New author pages, as files. */
  authorsCreated: string[];
  /** About the export as a whole: refused archive entries, ignored folders. */
  exportNotes: string[];
  /** The content check after the import; absent on a dry run. */
  check?: { ok: boolean; summary: string; problems: string[] };
}

/** 0 when every post was written or was already there (warnings included), 1 when any could not be. */
export function exitCode(report: ImportReport): 0 | 1 {
  return report.posts.some((post) => post.status === "failed") || report.check?.ok === false ? 1 : 0;
}

const STATUS_WORDS: Record<PostStatus, [string, string]> = {
  written: ["wrote", "would write"],
  replaced: ["replaced", "would replace"],
  unchanged: ["unchanged", "unchanged"],
  skipped: ["skipped", "would skip"],
  failed: ["FAILED", "would fail"],
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function formatReportText(report: ImportReport): string {
  const lines: string[] = [];
  for (const post of report.posts) {
    lines.push(post.title ? `${post.title}  (${post.source})` : post.source);
    const status = STATUS_WORDS[post.status][report.dryRun ? 1 : 0];
    lines.push(`  ${status}${post.file ? ` ${post.file}` : ""}${post.reason ? `: ${post.reason}` : ""}${post.draft ? " [draft]" : ""}`);
    if (post.status === "failed" || (post.status === "skipped" && post.wordsIn === 0)) {
      for (const warning of post.warnings) lines.push(`  warning: ${warning}`);
      lines.push("");
      continue;
    }
    lines.push(
      `  ${plural(post.wordsIn, "word")} in, ${post.wordsOut} out; ${plural(post.links, "link")}; ${plural(post.notesRecovered, "note")} recovered; ` +
        `images ${post.imagesFetched} fetched, ${post.imagesFailed.length} failed; ${plural(post.embedsLinked, "embed")} made ${post.embedsLinked === 1 ? "a link" : "links"}`,
    );
    if (post.fidelity) lines.push(...fidelityLines(post.fidelity));
    if (post.actionSteps.length > 0) lines.push(`  action steps: ${post.actionSteps.join(" | ")}`);
    for (const image of post.imagesFailed) lines.push(`  warning: image left out, with an editor's note in its place: ${image}`);
    for (const dropped of post.dropped) lines.push(`  dropped: ${dropped}`);
    for (const warning of post.warnings) lines.push(`  warning: ${warning}`);
    lines.push("");
  }
  for (const note of report.exportNotes) lines.push(`export: ${note}`);
  for (const author of report.authorsCreated) lines.push(`${report.dryRun ? "would add" : "added"} author ${author}`);

  const counts = (status: PostStatus) => report.posts.filter((post) => post.status === status).length;
  const written = counts("written") + counts("replaced");
  const summary = [
    `${plural(report.posts.length, "post")}`,
    `${written} ${report.dryRun ? "to write" : "written"}`,
    `${counts("unchanged")} unchanged`,
    `${counts("skipped")} skipped`,
    `${counts("failed")} failed`,
  ].join(", ");
  lines.push(summary + ".");
  const measured = report.posts.filter((post) => post.fidelity);
  if (measured.length > 0) {
    const whole = measured.filter((post) => isWhole(post.fidelity!)).length;
    lines.push(`Fidelity: ${whole} of ${plural(measured.length, "essay")} keep${measured.length === 1 ? "s" : ""} every word, link, note and structure of the post${whole < measured.length ? `; ${measured.length - whole} list${measured.length - whole === 1 ? "s" : ""} what to look at ("lost:")` : ""}.`);
  }
  if (!report.dryRun && written === 0 && report.authorsCreated.length === 0 && counts("failed") === 0) {
    const skipped = counts("skipped");
    // A post skipped (an essay edited here since, a draft) is not "already here": say where the reason is.
    lines.push(skipped === 0 ? "Nothing new was written: everything in this export is already here." : `Nothing new was written: ${plural(skipped, "post")} skipped, for the reason${skipped === 1 ? "" : "s"} given above, and the rest already here.`);
  }
  if (report.dryRun) lines.push("Dry run: nothing was written. The content check runs after a real import.");
  if (report.check) {
    lines.push(report.check.ok ? `Check: ${report.check.summary}` : `Check FAILED: ${report.check.summary}`);
    for (const problem of report.check.problems) lines.push(`  ${problem}`);
  }
  return lines.join("\n");
}

const percent = (value: number) => `${Math.floor(value * 1000) / 10}%`;

function fidelityLines(fidelity: Fidelity): string[] {
  const inOut = (name: string, counted: { in: number; out: number }) => `${name} ${counted.in} in, ${counted.out} out`;
  const notes = fidelity.notes;
  const lines = [
    `  fidelity: words ${percent(fidelity.words.share)} (${fidelity.words.kept} of ${fidelity.words.in}), links ${percent(fidelity.links.share)} (${fidelity.links.kept} of ${fidelity.links.in}), ` +
      `${plural(notes.paired, "note")} paired; ${inOut("headings", fidelity.headings)}, ${inOut("list items", fidelity.listItems)}, ${inOut("quotes", fidelity.quotes)}, ${inOut("code blocks", fidelity.codeBlocks)}`,
  ];
  for (const replaced of fidelity.replaced.filter((item) => item.words > 0)) lines.push(`  replaced on purpose: ${replaced.what}`);
  for (const loss of fidelity.losses) lines.push(`  lost: ${loss.where}: ${loss.what}`);
  return lines;
}

export function formatReportJson(report: ImportReport): string {
  return JSON.stringify({ ok: exitCode(report) === 0, ...report }, null, 2);
}
