// Running commands for measurement: wall time and peak RSS of child processes, interleaved and repeated.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { childEnv, tempDir } from './env';
import { formatMs, parseGnuTimeMaxRss } from './format';
import { Row, withRatios } from './result';
import { roundOrder, summarize } from './stats';

/** A command to time. */
export interface Command {
  /** What the tables call it, e.g. `tsx main.ts`. */
  readonly label: string;
  /** The executable and its arguments. */
  readonly argv: readonly string[];
  readonly cwd?: string;
  /** Added to the bench's environment. */
  readonly env?: NodeJS.ProcessEnv;
  /** Untimed, before every run: e.g. remove the previous run's output. */
  readonly before?: () => void;
  /** Untimed, after every run: throws when the command did not do its work (a fast no-op is not a result). */
  readonly check?: (stdout: string) => void;
}

export interface RunResult {
  readonly ms: number;
  readonly rssKiB?: number;
  readonly stdout: string;
}

/** How often to run: untimed warm-up rounds, then timed ones. */
export interface Repeat {
  readonly warmup: number;
  readonly runs: number;
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = fs.existsSync(GNU_TIME)
  && spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr.includes('Maximum resident set size');

/** How peak RSS is measured on this machine (for the report). */
export const RSS_METHOD = hasGnuTime
  ? 'GNU time -v (largest process of the command)'
  : 'process.resourceUsage().maxRSS in each node child';

let scratch: string | undefined;
const scratchFile = (name: string) => path.join(scratch ??= tempDir('measure'), name);

/** Runs `cmd` once and returns its wall time and peak RSS; throws with its stderr when it fails. */
export function runOnce(cmd: Command): RunResult {
  cmd.before?.();
  const report = scratchFile('rss');
  fs.rmSync(report, { force: true });
  const argv = hasGnuTime ? [GNU_TIME, '-v', '-o', report, ...cmd.argv] : [...cmd.argv];
  const env = childEnv(hasGnuTime ? cmd.env : {
    ...cmd.env,
    OPKIT_BENCH_RSS_FILE: report,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(__dirname, 'report-rss.cjs')}`.trim(),
  });
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: cmd.cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  if (r.status !== 0) {
    // Some tools (tsc) print their errors on stdout.
    throw new Error(`'${cmd.label}' exited with ${r.status ?? r.signal}:\n${(r.stderr.trim() || r.stdout).slice(-4000)}`);
  }
  cmd.check?.(r.stdout);
  const text = fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : '';
  const rssKiB = hasGnuTime
    ? parseGnuTimeMaxRss(text)
    : Math.max(...text.split('\n').filter(Boolean).map(Number)) || undefined;
  return { ms, rssKiB, stdout: r.stdout };
}

/**
 * Runs the commands `warmup` times untimed, then `runs` rounds, interleaved (forward, then backward), so that
 * load spikes on a noisy machine hit every command alike. Returns one row per command, in order, with the
 * ratio of its median to `baseline`'s (a label) when given.
 */
export function compare(commands: readonly Command[], repeat: Repeat, baseline?: string): Row[] {
  for (let i = 0; i < repeat.warmup; i++) {
    for (const cmd of commands) log(`warm-up ${cmd.label}: ${formatMs(runOnce(cmd).ms)}`);
  }
  const results = new Map<Command, RunResult[]>(commands.map((c) => [c, []]));
  for (let round = 0; round < repeat.runs; round++) {
    for (const cmd of roundOrder(commands, round)) {
      const r = runOnce(cmd);
      results.get(cmd)!.push(r);
      log(`run ${round + 1}/${repeat.runs} ${cmd.label}: ${formatMs(r.ms)}${r.rssKiB ? `, ${Math.round(r.rssKiB / 1024)} MiB` : ''}`);
    }
  }
  const rows = commands.map((cmd): Row => {
    const rs = results.get(cmd)!;
    const rss = rs.map((r) => r.rssKiB).filter((v): v is number => v !== undefined);
    return {
      label: cmd.label,
      unit: 'ms',
      stat: summarize(rs.map((r) => r.ms)),
      rssKiB: rss.length === rs.length && rss.length ? summarize(rss) : undefined,
      samples: rs.map((r) => Math.round(r.ms)),
    };
  });
  return withRatios(rows, baseline);
}

/** Progress on stderr, so that stdout keeps only the report. */
export function log(line: string): void {
  process.stderr.write(`  ${line}\n`);
}
