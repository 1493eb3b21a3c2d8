import { Repeat } from './measure';

/** What every case is given: how hard to work. */
export interface BenchOptions {
  /** `--quick`: a smoke run (fewer runs, smaller N); its figures are not judged against the targets' N. */
  readonly quick: boolean;
}

/** Warm-up and runs for a case: `full` normally, `quick` under --quick. */
export function repeat(opts: BenchOptions, full: Repeat, quick: Repeat): Repeat {
  return opts.quick ? quick : full;
}
