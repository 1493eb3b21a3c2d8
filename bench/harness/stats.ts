// Pure helpers of the benchmark: summaries of samples and ratios. No I/O, no timing; unit-tested.

/** The summary of one measured quantity: several runs reduce to their median and spread. */
export interface Stat {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** The median of the samples (the mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median, min and max of the samples. */
export function summarize(samples: readonly number[]): Stat {
  if (samples.length === 0) throw new Error('summary of no samples');
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length };
}

/** `a / b`, or undefined when `b` is not a positive number (a ratio to nothing means nothing). */
export function ratio(a: number, b: number): number | undefined {
  return b > 0 && Number.isFinite(a) ? a / b : undefined;
}

/**
 * The order of the compared commands in round `round`: forward on even rounds, reversed on odd ones, so that
 * neither command always runs right after the other (ABBA interleaving evens out drift and cache effects).
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...items] : [...items].reverse();
}
