// Case 1: the reference app's synth with tsx (ours) against cdk8s's default runner, ts-node (type-checks first),
// and against ts-node --transpile-only (no type-check: the honest peer of tsx).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, compare } from '../harness/measure';
import { BenchOptions, repeat } from '../harness/options';
import { CaseResult } from '../harness/result';
import { formatRatio } from '../harness/format';
import { TS_NODE, TSX, tempAppCopy, yamlFiles } from '../harness/env';

const TARGET = 0.5;

export function synthCase(opts: BenchOptions): CaseResult {
  // `npm run synth` in a scratch copy of the project: main.ts writes dist/ under its working directory, and
  // the repository's dist/ is never touched.
  const app = tempAppCopy('synth');
  const dist = path.join(app, 'dist');
  let started = 0;
  const command = (label: string, runner: string, ...flags: string[]): Command => ({
    label,
    argv: [process.execPath, runner, ...flags, 'main.ts'],
    cwd: app,
    before: () => { started = Date.now(); },
    check: () => {
      const written = fs.existsSync(dist) && yamlFiles(dist).some((f) => fs.statSync(f).mtimeMs >= started - 1000);
      if (!written) throw new Error(`${label} wrote no manifests into ${dist}`);
    },
  });
  const rows = compare([command('tsx main.ts', TSX), command('ts-node main.ts', TS_NODE),
    command('ts-node --transpile-only main.ts', TS_NODE, '--transpile-only')],
  repeat(opts, { warmup: 1, runs: 4 }, { warmup: 1, runs: 2 }), 'ts-node main.ts');
  const r = rows[0].ratio!.value;
  const peer = rows[0].stat.median / rows[2].stat.median;
  return {
    id: 'synth',
    title: 'reference app synth: tsx vs ts-node (cdk8s default)',
    rows,
    targets: [{ text: `tsx main.ts ≤ ${TARGET}× ts-node main.ts`, measured: formatRatio(r), pass: r <= TARGET }],
    notes: [
      'the runners are started as `node <bin>` (no npx/npm start-up in any figure); run in a scratch copy of the project, which gets the output',
      `tsx main.ts / ts-node --transpile-only main.ts: ${formatRatio(peer)} (no target: both skip the type-check, so this is the peer comparison)`,
    ],
  };
}
