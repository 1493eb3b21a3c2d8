// Case 4: `npm run import` of the largest CRDs, and type-checking: the project, and the baseline of a tiny
// Argo CD app against the raw cdk8s-generated .ts (what plain cdk8s users get) vs our compiled .d.ts.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LIBRARY_CRDS } from '../../scripts/import-sources';
import { BENCH, CDK8S_CLI, ROOT, sharedCrd, sharedMissing, TSC, TSX, tempDir, tempProject } from '../harness/env';
import { formatMs } from '../harness/format';
import { Command, compare } from '../harness/measure';
import { BenchOptions, repeat } from '../harness/options';
import { CaseResult, Row } from '../harness/result';

const TARGET_TYPECHECK_MS = 5_000;

/** `npm run import` of one group into a fresh folder, checked for the three files it must write. */
function importCommand(label: string, group: string, files: string[]): Command {
  const out = tempDir(`import-${group}`);
  return {
    label,
    argv: [process.execPath, TSX, path.join(BENCH, 'children', 'import-group.ts'), group, out, ...files],
    before: () => fs.rmSync(out, { recursive: true, force: true }),
    check: () => {
      for (const ext of ['js', 'd.ts', 'schemas.json']) {
        if (!fs.existsSync(path.join(out, `${group}.${ext}`))) throw new Error(`${label} wrote no ${group}.${ext}`);
      }
    },
  };
}

function tscCommand(label: string, project: string): Command {
  return { label, argv: [process.execPath, TSC, '--noEmit', '-p', project] };
}

/** A scratch project with the tiny Argo CD app, type-checked as strictly as ours, `imports/` filled by `fill`. */
function argoApp(prefix: string, fill: (imports: string) => void): string {
  const dir = tempProject(prefix);
  const imports = path.join(dir, 'imports');
  fs.mkdirSync(imports);
  fill(imports);
  fs.copyFileSync(path.join(BENCH, 'fixtures', 'argo-app.ts.txt'), path.join(dir, 'app.ts'));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, skipLibCheck: true, noEmit: true, types: [] },
    files: ['app.ts'],
  }));
  return path.join(dir, 'tsconfig.json');
}

/** The project's compiler options, with main.ts (and what it imports) as the only root. */
function appOnlyTsconfig(): string {
  const file = path.join(tempDir('tsc-app'), 'tsconfig.json');
  fs.writeFileSync(file, JSON.stringify({
    extends: path.join(ROOT, 'tsconfig.json'),
    // Type libraries are looked up beside the tsconfig, which lives in a scratch folder: point at the project's.
    compilerOptions: { typeRoots: [path.join(ROOT, 'node_modules', '@types')] },
    include: [],
    files: [path.join(ROOT, 'main.ts')],
  }));
  return file;
}

/** The raw module plain cdk8s users get: `cdk8s import` of Argo CD's CRDs, as TypeScript. */
function rawArgoImport(imports: string): void {
  const crd = path.join(imports, 'argoproj.io.yaml');
  fs.writeFileSync(crd, LIBRARY_CRDS['argoproj.io'].map((f) => fs.readFileSync(sharedCrd(f), 'utf8')).join('\n---\n'));
  execFileSync(process.execPath, [CDK8S_CLI, '--no-check-upgrade', 'import', '--language', 'typescript', '--output', imports, crd],
    { cwd: imports, stdio: 'pipe' });
  fs.rmSync(crd);
}

/** Ours: the compiled module committed in imports/. */
function compiledArgoImport(imports: string): void {
  for (const ext of ['js', 'd.ts']) fs.copyFileSync(path.join(ROOT, 'lib', 'generated', `argoproj.io.${ext}`), path.join(imports, `argoproj.io.${ext}`));
}

export function importCase(opts: BenchOptions): CaseResult {
  const missing = sharedMissing();
  const notes: string[] = [];
  const rows: Row[] = [];

  if (missing) {
    notes.push(`import and the Argo CD type-check baseline skipped: ${missing}`);
  } else {
    const prometheus = importCommand('import monitoring.coreos.com Prometheus (833 KB)', 'monitoring.coreos.com', [sharedCrd('monitoring.coreos.com_prometheuses.yaml')]);
    // --quick leaves out the largest (about 25 s a run here) to stay within its time budget.
    const imports = opts.quick ? [prometheus] : [
      importCommand('import argoproj.io ApplicationSet (1.4 MB)', 'argoproj.io', [sharedCrd('argoproj.io_applicationset.yaml')]),
      prometheus,
    ];
    if (opts.quick) notes.push('--quick: the ApplicationSet import not run');
    rows.push(...compare(imports, repeat(opts, { warmup: 0, runs: 2 }, { warmup: 0, runs: 1 })));
    notes.push('import = cdk8s import + tsc compile to .js/.d.ts + compact schemas (lib/importer, as `opkit import --force`), into a temporary folder');
  }

  // No warm-up: every tsc run starts cold anyway, and the files are in the page cache by now.
  const typecheckRepeat = repeat(opts, { warmup: 0, runs: 3 }, { warmup: 0, runs: 1 });
  const [project, app] = compare([
    tscCommand('tsc --noEmit (the project: app, lib, tests, bench)', path.join(ROOT, 'tsconfig.json')),
    tscCommand('tsc --noEmit of main.ts and its imports only', appOnlyTsconfig()),
  ], typecheckRepeat);
  rows.push(project, app);
  if (!missing) {
    const raw = 'tsc: Argo CD app, raw cdk8s .ts (plain cdk8s)';
    rows.push(...compare([
      tscCommand('tsc: Argo CD app, compiled .d.ts (ours)', argoApp('argo-dts', compiledArgoImport)),
      tscCommand(raw, argoApp('argo-ts', rawArgoImport)),
    ], typecheckRepeat, raw));
    notes.push('the Argo CD app is one Application in a cdk8s Chart; both variants import the same three Argo CD CRDs (AppProject, Application, ApplicationSet)');
  }
  // The target is the app's type-check (what a user waits for after editing main.ts); the whole project
  // (library, tests, bench) is reported beside it.
  const ms = app.stat.median;
  return {
    id: 'import',
    title: 'import of the largest CRDs, and type-check',
    rows,
    targets: [{ text: `app type-check (tsc --noEmit of main.ts and its imports) ≤ ${formatMs(TARGET_TYPECHECK_MS)}`, measured: formatMs(ms), pass: ms <= TARGET_TYPECHECK_MS }],
    notes,
  };
}
