// What every case returns, and how it is printed. Pure; unit-tested.
import { formatKiB, formatMs, formatRate, formatRatio, formatTable } from './format';
import { ratio, Stat } from './stats';

/** One measured thing: a command's wall time, or a throughput. */
export interface Row {
  /** What ran, e.g. `tsx main.ts`. */
  readonly label: string;
  /** `ms`: wall time per run; `per-second`: objects per second. */
  readonly unit: 'ms' | 'per-second';
  readonly stat: Stat;
  /** Peak resident set size of the child process per run, in KiB, when measured. */
  readonly rssKiB?: Stat;
  /** This row's median over the median of the row labelled `to` (the baseline). */
  readonly ratio?: { readonly to: string; readonly value: number };
  /** The raw samples, for the JSON report. */
  readonly samples: readonly number[];
}

/** A target of the issue, checked against a measured figure. */
export interface Target {
  /** e.g. `tsx main.ts ≤ 0.5× ts-node`. */
  readonly text: string;
  /** The figure it was checked against, e.g. `0.33×`. */
  readonly measured: string;
  readonly pass: boolean;
}

export interface CaseResult {
  /** Short id used by `--only`. */
  readonly id: string;
  readonly title: string;
  readonly rows: readonly Row[];
  readonly targets: readonly Target[];
  /** What the reader must know to read the figures (what was skipped, what was not validated...). */
  readonly notes: readonly string[];
  /** Why the whole case did not run (missing ../shared, missing validator...). */
  readonly skipped?: string;
}

function cell(unit: Row['unit'], v: number): string {
  return unit === 'ms' ? formatMs(v) : formatRate(v);
}

/** A case as a Markdown table, its targets and notes. */
export function renderCase(r: CaseResult): string {
  const out = [`## ${r.id}: ${r.title}`];
  if (r.skipped) return [...out, '', `skipped: ${r.skipped}`].join('\n');
  if (r.rows.length) {
    const withRss = r.rows.some((row) => row.rssKiB);
    const baselines = new Set(r.rows.map((row) => row.ratio?.to));
    const withRatio = baselines.size > 1 || !baselines.has(undefined);
    const header = ['what', 'runs', 'median', 'min', 'max', ...(withRatio ? ['ratio'] : []), ...(withRss ? ['peak RSS (median)'] : [])];
    out.push('', formatTable(header, r.rows.map((row) => [
      row.label,
      String(row.stat.runs),
      cell(row.unit, row.stat.median),
      cell(row.unit, row.stat.min),
      cell(row.unit, row.stat.max),
      ...(withRatio ? [row.ratio ? formatRatio(row.ratio.value) : baselines.has(row.label) ? 'baseline' : ''] : []),
      ...(withRss ? [row.rssKiB ? formatKiB(row.rssKiB.median) : ''] : []),
    ])));
  }
  const hasRatio = r.rows.some((row) => row.ratio);
  if (r.targets.length || r.notes.length || hasRatio) out.push('');
  if (hasRatio) out.push('ratio: median over the median of the baseline it was interleaved with');
  for (const t of r.targets) out.push(`${t.pass ? 'PASS' : 'FAIL'}  target ${t.text}: measured ${t.measured}`);
  for (const n of r.notes) out.push(`note: ${n}`);
  return out.join('\n');
}

/** Adds to every row but `baseline` the ratio of its median to the baseline row's median. */
export function withRatios(rows: readonly Row[], baseline: string | undefined): Row[] {
  const base = rows.find((r) => r.label === baseline);
  return rows.map((r) => {
    const value = base && r !== base ? ratio(r.stat.median, base.stat.median) : undefined;
    return value === undefined ? r : { ...r, ratio: { to: base!.label, value } };
  });
}
