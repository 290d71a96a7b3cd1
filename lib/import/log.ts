import type { Replacement, StructureKind } from "./fidelity";

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
  /** Notes the post lists, whether or not they paired with markers. */
  notesFound = 0;
  /** Note markers in the text that had no note, as written (“³”, “[4]”). */
  readonly markersWithoutNote: string[] = [];
  /** Notes that no marker in the text points to, by number. */
  readonly notesWithoutMarker: number[] = [];
  readonly actionSteps: string[] = [];
  imagesFetched = 0;
  readonly imagesFailed: string[] = [];
  /**
   * Words a step took out of the text on purpose because the site says them
   * itself (a "Notes" heading over notes that are footnotes now): the fidelity
   * report counts them as replaced, not lost, and names them.
   */
  readonly replaced: Replacement[] = [];

  warn(message: string) {
    this.warnings.push(message);
  }

  drop(what: string) {
    this.dropped.push(what);
  }

  replace(what: string, text: string, kind?: StructureKind) {
    this.replaced.push({ what, text, kind });
  }
}
