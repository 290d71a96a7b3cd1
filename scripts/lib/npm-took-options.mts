/**
 * Written without `--`, `npm run import:medium export.zip --dry-run` gives `--dry-run` to npm,
 * not to the command: npm keeps it as its own setting (npm_config_dry_run) and the command
 * never sees it, so a dry run would write. `npm run new "Title" --author ada` loses the author
 * the same way, and "ada" joins the title. A command run by npm calls this before doing
 * anything, with its own option names, and learns which ones npm took.
 */
export function optionsNpmTook(names: string[]): string[] {
  if (!process.env.npm_lifecycle_event) return [];
  return names.filter((name) => process.env[`npm_config_${name.replaceAll("-", "_")}`] !== undefined);
}

/** What to tell the writer, with the command written the way that works. */
export function npmTookMessage(took: string[], example: string): string {
  const options = took.map((name) => `--${name}`).join(", ");
  return `npm took ${options} as its own ${took.length === 1 ? "option" : "options"}, so this command never saw ${took.length === 1 ? "it" : "them"}, and nothing was done. Put -- after the command's name, so that npm passes everything after it on: ${example}`;
}
