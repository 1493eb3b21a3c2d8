// Pure formatting of figures and tables for the terminal and docs/performance.md. Unit-tested.

/** `812 ms`, `3.41 s`: milliseconds below a second, seconds with two decimals above. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** KiB as `123.4 MiB`. */
export function formatKiB(kib: number): string {
  return `${(kib / 1024).toFixed(1)} MiB`;
}

/** `12,345/s`. */
export function formatRate(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString('en-US')}/s`;
}

/** `0.42×`. */
export function formatRatio(r: number | undefined): string {
  return r === undefined ? '' : `${r.toFixed(2)}×`;
}

/**
 * A Markdown table whose columns are padded to equal width, so that it reads as well in a terminal as it
 * renders in docs/performance.md. Cells must not contain `|`.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${header.map((_, i) => (cells[i] ?? '').padEnd(width[i])).join(' | ')} |`;
  const rule = `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** `Maximum resident set size (kbytes): 118652` from GNU time's `-v` report, in KiB. */
export function parseGnuTimeMaxRss(report: string): number | undefined {
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return m ? Number(m[1]) : undefined;
}
