// Case 2: N CacheClusters plus the operator, synthesized by GitOpsApp (with validation when the validator is
// present), against the floor: the same plain objects written by the `yaml` package in one process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { BENCH, TSX, tempDir, yamlFiles } from '../harness/env';
import { formatKiB, formatRatio } from '../harness/format';
import { Command, compare, runOnce } from '../harness/measure';
import { BenchOptions, repeat } from '../harness/options';
import { CaseResult, Row, Target } from '../harness/result';

const TARGET_N = 10_000;
const TARGET_RATIO = 2.5;
const TARGET_MIB = 300;

/** How many `kind: CacheCluster` documents the YAML file, or the YAML files below the folder, hold. */
function countCacheClusters(target: string): number {
  const files = fs.statSync(target).isDirectory() ? yamlFiles(target) : [target];
  return files.reduce((sum, f) => sum + (fs.readFileSync(f, 'utf8').match(/^kind: CacheCluster$/gm)?.length ?? 0), 0);
}

export function scaleCase(opts: BenchOptions): CaseResult {
  const dir = tempDir('scale');
  const app = path.join(BENCH, 'children', 'scale-app.ts');
  const floor = path.join(BENCH, 'children', 'yaml-floor.ts');

  // The CRD and controller objects for the floor, taken from a synth with no CRs (which also warms the disk cache).
  const baseOut = path.join(dir, 'base');
  runOnce({ label: 'scale-app N=0', argv: [process.execPath, TSX, app, '0', baseOut] });
  const base = yamlFiles(baseOut).flatMap((f) => parseAllDocuments(fs.readFileSync(f, 'utf8')).map((d) => d.toJS()));
  const baseFile = path.join(dir, 'base.json');
  fs.writeFileSync(baseFile, JSON.stringify(base));

  const sizes = opts.quick ? [1_000] : [1_000, TARGET_N];
  const rows: Row[] = [];
  const targets: Target[] = [];
  for (const n of sizes) {
    const out = path.join(dir, `synth-${n}`);
    const floorOut = path.join(dir, `floor-${n}.yaml`);
    const expect = (where: string) => () => {
      const found = countCacheClusters(where);
      if (found !== n) throw new Error(`expected ${n} CacheClusters in ${where}, found ${found}`);
    };
    const synthLabel = `N=${n.toLocaleString('en-US')} GitOpsApp synth + validation`;
    const floorLabel = `N=${n.toLocaleString('en-US')} yaml floor`;
    const synth = (label: string, ...flags: string[]): Command => ({
      label, argv: [process.execPath, TSX, app, String(n), out, ...flags], check: expect(out),
      before: () => fs.rmSync(out, { recursive: true, force: true }),
    });
    const commands: Command[] = [
      synth(synthLabel),
      // Synth without validation too: the table then shows what validation costs.
      synth(`N=${n.toLocaleString('en-US')} GitOpsApp synth, no validation`, '--no-validation'),
      { label: floorLabel, argv: [process.execPath, TSX, floor, String(n), floorOut, baseFile], check: expect(floorOut) },
    ];
    const big = n >= TARGET_N;
    const measured = compare(commands, repeat(opts, big ? { warmup: 1, runs: 3 } : { warmup: 1, runs: 5 }, { warmup: 0, runs: 2 }), floorLabel);
    rows.push(...measured);
    if (n === TARGET_N) {
      const [synth] = measured;
      const r = synth.ratio!.value;
      const mib = synth.rssKiB ? synth.rssKiB.max / 1024 : undefined;
      targets.push({ text: `N=10,000 synth ≤ ${TARGET_RATIO}× the yaml floor`, measured: formatRatio(r), pass: r <= TARGET_RATIO });
      if (mib !== undefined) {
        targets.push({ text: `N=10,000 synth peak RSS ≤ ${TARGET_MIB} MiB`, measured: `${formatKiB(synth.rssKiB!.max)} (max of runs)`, pass: mib <= TARGET_MIB });
      }
    }
  }
  const notes = [
    'synth runs the validator\'s checks (schemas and CEL) on every object (GitOpsApp checks)',
    'both sides include tsx start-up; the floor writes the same objects (CRDs, controller, N CacheClusters)',
  ];
  if (opts.quick) notes.push('--quick: N=10,000 (the targets\' size) not run');
  return { id: 'scale', title: 'N CacheClusters + the Operator: synth vs the yaml floor', rows, targets, notes };
}
