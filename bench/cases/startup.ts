// Case 5: CLI start-up: `opkit validate` of one small file (or `opkit --version` before the validator exists),
// against `node -e 0`, the floor no Node CLI can beat.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { cacheCluster } from '../fixtures/objects';
import { buildCli, validateArgv } from '../harness/cli';
import { OPKIT, ROOT, tempDir } from '../harness/env';
import { formatMs } from '../harness/format';
import { Command, compare } from '../harness/measure';
import { BenchOptions, repeat } from '../harness/options';
import { CaseResult } from '../harness/result';

const TARGET_MS = 400;

export function startupCase(opts: BenchOptions): CaseResult {
  buildCli();
  const notes: string[] = [];
  const file = path.join(tempDir('startup'), 'cache.yaml');
  fs.writeFileSync(file, stringify(cacheCluster(1)));
  const schemas = path.join(ROOT, 'imports', 'cache.opkit.dev.schemas.json');
  const cli: Command = { label: 'opkit validate cache.yaml (1 object)', argv: validateArgv([file], [schemas]) };
  const floor: Command = { label: 'node -e 0', argv: [process.execPath, '-e', '0'] };
  const rows = compare([cli, floor], repeat(opts, { warmup: 2, runs: 15 }, { warmup: 1, runs: 5 }), floor.label);
  const ms = rows[0].stat.median;
  return {
    id: 'startup',
    title: 'CLI start-up',
    rows,
    targets: [{ text: `${cli.label} ≤ ${formatMs(TARGET_MS)}`, measured: formatMs(ms), pass: ms <= TARGET_MS }],
    notes,
  };
}
