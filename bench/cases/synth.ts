// Case 1: the reference app's synth with tsx (ours) against cdk8s's default runner, ts-node (type-checks first).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, compare } from '../harness/measure';
import { BenchOptions, repeat } from '../harness/options';
import { CaseResult } from '../harness/result';
import { formatRatio } from '../harness/format';
import { ROOT, TS_NODE, TSX, tempDir } from '../harness/env';

const TARGET = 0.5;

export function synthCase(opts: BenchOptions): CaseResult {
  // main.ts synthesizes into `dist` under the working directory: run it from a scratch folder, so the
  // repository's dist/ is never touched.
  const cwd = tempDir('synth');
  const out = path.join(cwd, 'dist');
  const command = (label: string, runner: string): Command => ({
    label,
    argv: [process.execPath, runner, path.join(ROOT, 'main.ts')],
    cwd,
    before: () => fs.rmSync(out, { recursive: true, force: true }),
    check: () => {
      if (!fs.existsSync(path.join(out, 'cache-operator.k8s.yaml'))) throw new Error(`${label} wrote no manifests into ${out}`);
    },
  });
  const rows = compare([command('tsx main.ts', TSX), command('ts-node main.ts', TS_NODE)],
    repeat(opts, { warmup: 1, runs: 5 }, { warmup: 1, runs: 2 }), 'ts-node main.ts');
  const r = rows[0].ratio!.value;
  return {
    id: 'synth',
    title: 'reference app synth: tsx vs ts-node (cdk8s default)',
    rows,
    targets: [{ text: `tsx main.ts ≤ ${TARGET}× ts-node main.ts`, measured: formatRatio(r), pass: r <= TARGET }],
    notes: ['both runners are started as `node <bin>` (no npx/npm start-up in either figure); output goes to a temporary folder'],
  };
}
