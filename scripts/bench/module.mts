/**
 * What a measurement of `npm run bench` is: a named module that measures one
 * thing and returns the lines to print (ratios to a baseline measured in the
 * same run first, absolute figures beside them) and its data for
 * bench/results.json. scripts/bench.mts runs the modules in a list, so a new
 * measurement is one more module in that list.
 */
export interface BenchContext {
  /** The project's root (the bench runs from it). */
  root: string;
  /** Scratch space, gitignored: bench/tmp/. */
  tmp: string;
  /** The real essay every generated article is made from. */
  essayFile: string;
  /** Runs of each comparison (medians are reported). */
  runs: number;
  /** First port the bench may use; each module takes ports from here up. */
  port: number;
  /** Options from the command line, as given (`--name value`). */
  options: Record<string, string | undefined>;
  /** Results of the modules run before this one, by name. */
  results: Record<string, unknown>;
}

export interface BenchResult {
  lines: string[];
  data: unknown;
}

export interface BenchModule {
  name: string;
  /** One line: what it measures. */
  description: string;
  run(context: BenchContext): Promise<BenchResult>;
}
