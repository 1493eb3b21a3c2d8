// Case 2: N CacheClusters plus the operator, synthesized by GitOpsApp with validation (fresh, and again with the
// previous output present: the everyday re-synth), against the floors: the same plain objects written in one
// process by js-yaml (plain node: the floor of issue #16) and by the `yaml` package (through tsx, as before).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { bundle } from '../harness/bundle';
import { BENCH, ROOT, TSX, tempDir, yamlFiles } from '../harness/env';
import { formatKiB, formatMs, formatRatio } from '../harness/format';
import { Command, compare, runOnce } from '../harness/measure';
import { BenchOptions, repeat } from '../harness/options';
import { CaseResult, Row, Target } from '../harness/result';

const TARGET_N = 10_000;
const LARGE_N = 50_000;
/** Issue #16: synth (fresh and re-synth) ≤ 5× the js-yaml floor at N = 10,000. */
const TARGET_RATIO = 5;
/** Issue #16: at 50,000 the cost per CR stays that of 10,000 (10% allowed for noise); peak RSS ≤ 512 MiB. */
const TARGET_LINEAR = 1.1;
const TARGET_MIB = 512;

/** How many `kind: CacheCluster` documents the YAML file, or the YAML files below the folder, hold. */
function countCacheClusters(target: string): number {
  const files = fs.statSync(target).isDirectory() ? yamlFiles(target) : [target];
  return files.reduce((sum, f) => sum + (fs.readFileSync(f, 'utf8').match(/^kind: CacheCluster$/gm)?.length ?? 0), 0);
}

const fmtN = (n: number) => n.toLocaleString('en-US');

/**
 * Change the replicas of the first CacheCluster in the output `dir` (to one the synth never writes), so the next
 * re-synth finds a previous file that differs from what it writes by one object.
 */
function changeOneCacheCluster(dir: string): void {
  const file = yamlFiles(dir).find((f) => fs.readFileSync(f, 'utf8').includes('kind: CacheCluster\n'));
  if (!file) throw new Error(`no CacheCluster in ${dir}`);
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf('kind: CacheCluster\n');
  const edited = text.slice(0, at) + text.slice(at).replace(/\n {2}replicas: \d+\n/, '\n  replicas: 99\n');
  if (edited === text) throw new Error(`no replicas to change in ${file}`);
  fs.writeFileSync(file, edited);
}

export function scaleCase(opts: BenchOptions): CaseResult {
  const dir = tempDir('scale');
  const app = path.join(BENCH, 'children', 'scale-app.ts');
  const yamlFloor = path.join(BENCH, 'children', 'yaml-floor.ts');
  const jsYamlFloor = bundle(path.join(BENCH, 'children', 'js-yaml-floor.ts'));

  // A user's app runs opkit compiled (the installed package's build/), only its own code through tsx: so do the
  // synth rows, against a build of this tree made now. One row per size runs the library from lib/ source through
  // tsx, as this repository's `npm run synth` does, to show what transpiling the library at every run costs.
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const installed = ['--tsconfig', path.join(BENCH, 'tsconfig.installed.json')];
  const compiled = (...args: string[]) => [process.execPath, TSX, ...installed, app, ...args, '--library', 'build'];
  const fromSource = (...args: string[]) => [process.execPath, TSX, app, ...args, '--library', 'lib'];

  // The CRD and controller objects for the floors, taken from a synth with no CRs (which also warms the disk cache).
  const baseOut = path.join(dir, 'base');
  runOnce({ label: 'scale-app N=0', argv: compiled('0', baseOut) });
  const base = yamlFiles(baseOut).flatMap((f) => parseAllDocuments(fs.readFileSync(f, 'utf8')).map((d) => d.toJS()));
  const baseFile = path.join(dir, 'base.json');
  fs.writeFileSync(baseFile, JSON.stringify(base));

  const sizes = opts.quick ? [1_000] : [1_000, TARGET_N, LARGE_N];
  const rows: Row[] = [];
  const targets: Target[] = [];
  const medians = new Map<number, number>(); // N → fresh synth median (ms)
  for (const n of sizes) {
    const fresh = path.join(dir, `fresh-${n}`);
    const again = path.join(dir, `again-${n}`);
    const expect = (where: string) => () => {
      const found = countCacheClusters(where);
      if (found !== n) throw new Error(`expected ${n} CacheClusters in ${where}, found ${found}`);
    };
    const synth = (label: string, out: string, clean: boolean, ...flags: string[]): Command => ({
      label, argv: (flags.includes('--source') ? fromSource : compiled)(String(n), out, ...flags.filter((f) => f !== '--source')), check: expect(out),
      before: clean ? () => fs.rmSync(out, { recursive: true, force: true }) : undefined,
    });
    const floorLabel = `N=${fmtN(n)} js-yaml floor (node)`;
    const freshLabel = `N=${fmtN(n)} GitOpsApp synth + validation, fresh`;
    const againLabel = `N=${fmtN(n)} GitOpsApp re-synth + validation (previous output present)`;
    const changedLabel = `N=${fmtN(n)} GitOpsApp re-synth + validation, one CR changed in the previous output`;
    // The re-synth's previous output: one synth beforehand (its warm-up runs keep it in place).
    runOnce(synth('re-synth setup', again, true));
    const changed = path.join(dir, `changed-${n}`);
    runOnce(synth('re-synth setup', changed, true));
    const commands: Command[] = [
      synth(freshLabel, fresh, true),
      synth(againLabel, again, false),
      // The everyday commit: the previous output differs from what the synth writes by one Custom Resource.
      { ...synth(changedLabel, changed, false), before: () => changeOneCacheCluster(changed) },
      ...n > TARGET_N ? [] : [synth(`N=${fmtN(n)} GitOpsApp synth, no validation, fresh`, fresh, true, '--no-validation')],
      ...n > TARGET_N ? [] : [synth(`N=${fmtN(n)} GitOpsApp synth + validation, fresh, library from lib/ source (tsx)`, fresh, true, '--source')],
      { label: floorLabel, argv: [process.execPath, jsYamlFloor, String(n), path.join(dir, `js-yaml-${n}.yaml`), baseFile], check: expect(path.join(dir, `js-yaml-${n}.yaml`)) },
      ...n > TARGET_N ? [] : [{ label: `N=${fmtN(n)} yaml-package floor (tsx)`, argv: [process.execPath, TSX, yamlFloor, String(n), path.join(dir, `yaml-${n}.yaml`), baseFile], check: expect(path.join(dir, `yaml-${n}.yaml`)) }],
    ];
    const runs = n >= LARGE_N ? { warmup: 0, runs: 2 } : n >= TARGET_N ? { warmup: 1, runs: 3 } : { warmup: 1, runs: 5 };
    const measured = compare(commands, repeat(opts, runs, { warmup: 0, runs: 2 }), floorLabel);
    rows.push(...measured);
    const [freshRow, againRow, changedRow] = measured;
    medians.set(n, freshRow.stat.median);
    if (n === TARGET_N) {
      for (const [what, row] of [['synth', freshRow], ['re-synth', againRow], ['re-synth, one CR changed,', changedRow]] as const) {
        const r = row.ratio!.value;
        targets.push({ text: `N=10,000 ${what} ≤ ${TARGET_RATIO}× the js-yaml floor`, measured: formatRatio(r), pass: r <= TARGET_RATIO });
      }
    }
    if (n === LARGE_N) {
      const mib = Math.max(freshRow.rssKiB?.max ?? 0, againRow.rssKiB?.max ?? 0, changedRow.rssKiB?.max ?? 0) / 1024;
      if (mib > 0) {
        targets.push({ text: `N=50,000 synth and re-synth (unchanged and one CR changed) peak RSS ≤ ${TARGET_MIB} MiB`, measured: `${formatKiB(mib * 1024)} (max of runs)`, pass: mib <= TARGET_MIB });
      }
      // The cost of one more CR: from 10,000 to 50,000 against from 1,000 to 10,000 (start-up cancels out).
      const perCr = (a: number, b: number) => (medians.get(b)! - medians.get(a)!) / (b - a);
      const small = perCr(1_000, TARGET_N);
      const large = perCr(TARGET_N, LARGE_N);
      targets.push({
        text: `cost per CR from 10,000 to 50,000 ≤ ${TARGET_LINEAR}× that from 1,000 to 10,000`,
        measured: `${formatMs(large * 1000)} vs ${formatMs(small * 1000)} per 1,000 CRs (${formatRatio(large / small)})`,
        pass: large / small <= TARGET_LINEAR,
      });
    }
  }
  const notes = [
    'synth runs the validator\'s checks (schemas and CEL) on every object (GitOpsApp checks); fresh: no previous output, re-synth: the previous output (same app) present, as on every commit; one CR changed: the previous output differs by the replicas of one CacheCluster, so that file is read (only its changed document parsed)',
    'the synth runs the app through tsx with opkit compiled, as a user\'s app runs the installed package (the rows marked "library from lib/ source" transpile the library too, as this repository\'s `npm run synth` does); the js-yaml floor is plain JavaScript on node (bundled by esbuild): building the same objects as data and writing them with js-yaml, nothing else',
    'both floors write the same objects (CRDs, controller, N CacheClusters); the yaml-package floor is the one of issue #7, kept for comparison',
  ];
  if (opts.quick) notes.push('--quick: N=10,000 and N=50,000 (the targets\' sizes) not run');
  return { id: 'scale', title: 'N CacheClusters + the Operator: synth and re-synth vs the js-yaml floor', rows, targets, notes };
}
