// `npm run bench`: the performance figures of opkit (docs/performance.md). A script, not a test: timings on a
// shared machine are figures to read, never assertions.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { importCase } from './cases/import';
import { scaleCase } from './cases/scale';
import { startupCase } from './cases/startup';
import { synthCase } from './cases/synth';
import { validateCase } from './cases/validate';
import { cleanScratch, RESULTS, ROOT } from './harness/env';
import { describeMachine, formatMachine } from './harness/machine';
import { RSS_METHOD } from './harness/measure';
import { BenchOptions } from './harness/options';
import { CaseResult, renderCase } from './harness/result';

const CASES: Record<string, (opts: BenchOptions) => CaseResult> = {
  synth: synthCase,
  scale: scaleCase,
  validate: validateCase,
  import: importCase,
  startup: startupCase,
};

const USAGE = `Usage: npm run bench -- [--quick] [--only <case>[,<case>...]]

  --quick   smoke run: fewer runs, smaller N (about 2 minutes)
  --only    run only these cases: ${Object.keys(CASES).join(', ')}
`;

/** A digest of every file under dir: the bench must leave the repository's dist/ exactly as it was. */
function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  if (!fs.existsSync(dir)) return 'absent';
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, f);
    if (fs.statSync(full).isFile()) hash.update(f).update(fs.readFileSync(full));
  }
  return hash.digest('hex');
}

function main(): number {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const ids = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(CASES);
  const unknown = ids.filter((id) => !CASES[id]);
  if (unknown.length) {
    process.stderr.write(`bench: unknown case ${unknown.map((u) => `'${u}'`).join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const opts: BenchOptions = { quick: values.quick ?? false };
  const machine = describeMachine();
  const started = Date.now();
  const dist = path.join(ROOT, 'dist');
  const distBefore = treeDigest(dist);
  console.log(`# opkit bench${opts.quick ? ' (--quick: smoke run, not for the record)' : ''}\n`);
  console.log(`machine: ${formatMachine(machine)}`);
  console.log(`peak RSS: ${RSS_METHOD}\n`);

  const results: CaseResult[] = [];
  let failed = false;
  try {
    for (const id of ids) {
      process.stderr.write(`${id}...\n`);
      let result: CaseResult;
      try {
        result = CASES[id](opts);
      } catch (err) {
        // A case that breaks is reported and fails the run; it never turns into a figure.
        failed = true;
        result = { id, title: 'FAILED', rows: [], targets: [], notes: [], skipped: `FAILED: ${(err as Error).message}` };
      }
      results.push(result);
      console.log(`${renderCase(result)}\n`);
    }
  } finally {
    cleanScratch();
  }
  if (treeDigest(dist) !== distBefore) {
    console.error('bench: the repository dist/ changed during the bench; that is a bug of the bench');
    failed = true;
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${machine.date.replace(/[:.]/g, '-')}${opts.quick ? '-quick' : ''}.json`);
  const json = `${JSON.stringify({ machine, quick: opts.quick, rssMethod: RSS_METHOD, seconds, cases: results }, null, 2)}\n`;
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(RESULTS, 'latest.json'), json);
  const failedTargets = results.flatMap((r) => r.targets).filter((t) => !t.pass).length;
  console.log(`finished in ${seconds} s; ${failedTargets} target(s) missed`);
  console.log(`figures written to ${path.relative(process.cwd(), file) || file} (and latest.json beside it)`);
  return failed ? 1 : 0;
}

process.exitCode = main();
