/**
 * What happened to one post on its way in: the counts and warnings the report
 * shows, collected by every step so that none of them has to know the report.
 */
export class ImportLog {
  readonly warnings: string[] = [];
  /** Embeds and link cards that became plain links. */
  embedsLinked = 0;
  /** Things dropped because they could run code or load from another origin. */
  readonly dropped: string[] = [];
  notesRecovered = 0;
  readonly actionSteps: string[] = [];
  imagesFetched = 0;
  readonly imagesFailed: string[] = [];

  warn(message: string) {
    this.warnings.push(message);
  }

  drop(what: string) {
    this.dropped.push(what);
  }
}
