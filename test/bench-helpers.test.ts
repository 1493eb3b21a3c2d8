// The benchmark's pure helpers (npm run bench): statistics, ratios and report formatting. No timing here.
import { describe, expect, test } from 'vitest';
import { formatKiB, formatMs, formatRate, formatRatio, formatTable, parseGnuTimeMaxRss } from '../bench/harness/format';
import { CaseResult, Row, renderCase, withRatios } from '../bench/harness/result';
import { median, ratio, roundOrder, summarize } from '../bench/harness/stats';

const row = (label: string, samples: number[]): Row => ({ label, unit: 'ms', stat: summarize(samples), samples });

describe('bench statistics', () => {
  test('median of odd and even counts, independent of order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow('median of no samples');
  });

  test('summarize keeps the median, the spread and the run count', () => {
    expect(summarize([300, 100, 200, 1000])).toEqual({ median: 250, min: 100, max: 1000, runs: 4 });
  });

  test('ratio refuses a zero or missing baseline instead of printing Infinity', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, 0)).toBeUndefined();
    expect(ratio(Number.NaN, 2)).toBeUndefined();
  });

  test('rounds alternate the order of the compared commands (ABBA)', () => {
    expect([0, 1, 2, 3].map((r) => roundOrder(['a', 'b'], r).join(''))).toEqual(['ab', 'ba', 'ab', 'ba']);
  });

  test('withRatios relates every row to the baseline by medians and leaves the baseline bare', () => {
    const rows = withRatios([row('tsx', [1000, 900, 1100]), row('ts-node', [4000, 3000, 5000])], 'ts-node');
    expect(rows[0].ratio).toEqual({ to: 'ts-node', value: 0.25 });
    expect(rows[1].ratio).toBeUndefined();
    expect(withRatios(rows, 'nothing')).toEqual(rows);
  });
});

describe('bench formatting', () => {
  test('units', () => {
    expect(formatMs(812.4)).toBe('812 ms');
    expect(formatMs(3414)).toBe('3.41 s');
    expect(formatKiB(307200)).toBe('300.0 MiB');
    expect(formatRate(12345.6)).toBe('12,346/s');
    expect(formatRatio(0.4251)).toBe('0.43×');
    expect(formatRatio(undefined)).toBe('');
  });

  test('tables pad every column to its widest cell', () => {
    expect(formatTable(['what', 'median'], [['tsx main.ts', '1.04 s'], ['node', '9 ms']])).toBe([
      '| what        | median |',
      '|-------------|--------|',
      '| tsx main.ts | 1.04 s |',
      '| node        | 9 ms   |',
    ].join('\n'));
  });

  test('peak RSS is read from GNU time -v', () => {
    const report = '\tCommand being timed: "node -e 0"\n\tMaximum resident set size (kbytes): 40320\n\tExit status: 0\n';
    expect(parseGnuTimeMaxRss(report)).toBe(40320);
    expect(parseGnuTimeMaxRss('Command exited with non-zero status 1')).toBeUndefined();
  });

  test('a case renders its table, ratios, targets and notes', () => {
    const result: CaseResult = {
      id: 'synth',
      title: 'reference app synth',
      rows: withRatios([{ ...row('tsx main.ts', [1000, 1040]), rssKiB: summarize([111 * 1024]) }, row('ts-node main.ts', [4000])], 'ts-node main.ts'),
      targets: [{ text: 'tsx main.ts ≤ 0.5× ts-node main.ts', measured: '0.26×', pass: true }],
      notes: ['output goes to a temporary folder'],
    };
    const text = renderCase(result);
    expect(text).toContain('## synth: reference app synth');
    expect(text).toMatch(/\| tsx main\.ts +\| 2 +\| 1\.02 s +\| 1\.00 s +\| 1\.04 s +\| 0\.26× +\| 111\.0 MiB +\|/);
    expect(text).toMatch(/\| ts-node main\.ts +\| 1 +\| 4\.00 s +\| 4\.00 s +\| 4\.00 s +\| baseline +\| +\|/);
    expect(text).toContain('PASS  target tsx main.ts ≤ 0.5× ts-node main.ts: measured 0.26×');
    expect(text).toContain('note: output goes to a temporary folder');
  });

  test('a skipped case says why instead of printing figures', () => {
    const text = renderCase({ id: 'validate', title: 'validation throughput', rows: [], targets: [], notes: [], skipped: 'validator not present (lib/validate)' });
    expect(text).toBe('## validate: validation throughput\n\nskipped: validator not present (lib/validate)');
  });

  test('throughput rows print rates, and a missed target says FAIL', () => {
    const text = renderCase({
      id: 'validate', title: 'validation throughput', notes: [],
      rows: [{ label: 'library: CacheCluster', unit: 'per-second', stat: summarize([9000, 9500, 8000]), samples: [] }],
      targets: [{ text: 'library ≥ 10,000/s', measured: '9,000/s', pass: false }],
    });
    // No row has a ratio: no ratio column.
    expect(text).toContain('| what                  | runs | median  | min     | max     |');
    expect(text).toContain('| library: CacheCluster | 3    | 9,000/s | 8,000/s | 9,500/s |');
    expect(text).toContain('FAIL  target library ≥ 10,000/s: measured 9,000/s');
  });
});
