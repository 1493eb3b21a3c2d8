// `npm run import`: regenerate imports/ from the CRDs in api/, and lib/generated/ from the third-party CRDs in
// ../shared/crds. Never edit either by hand.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compactSchemas } from './compact-schemas';
import { APP_IMPORTS, IMPORT_SOURCES, ImportSource, LIBRARY_IMPORTS, SHARED_CRDS, sharedCrdsPresent } from './import-sources';

const ROOT = path.join(__dirname, '..');
const CDK8S_CLI = path.join(path.dirname(require.resolve('cdk8s-cli/package.json')), 'bin', 'cdk8s');
const TSC = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');

/**
 * Generates `<group>.js` + `<group>.d.ts` (the typed classes) and `<group>.schemas.json` (validation schemas).
 *
 * cdk8s import emits TypeScript; we compile it here, once, instead of shipping the `.ts`: a `.d.ts` is not
 * re-checked by every `tsc` run (skipLibCheck), and Argo CD's 3.5 MB generated module alone would otherwise add
 * about 7 s to each type-check of the app.
 */
export function importGroup(source: ImportSource, outdir: string): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'opkit-import-'));
  try {
    const yaml = source.load();
    const crdFile = path.join(tmp, `${source.group}.yaml`);
    fs.writeFileSync(crdFile, yaml);
    // One call per group: cdk8s import writes one module per group, so separate calls would overwrite it.
    // Run where there is no cdk8s.yaml: cdk8s import would otherwise append the temporary file to its `imports:`.
    execFileSync(process.execPath, [CDK8S_CLI, '--no-check-upgrade', 'import', '--language', 'typescript',
      '--output', tmp, crdFile], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
    compileModule(path.join(tmp, `${source.group}.ts`), outdir);
    fs.writeFileSync(path.join(outdir, `${source.group}.schemas.json`), `${JSON.stringify(compactSchemas(yaml))}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function compileModule(file: string, outdir: string): void {
  const tsconfig = path.join(path.dirname(file), 'tsconfig.json');
  fs.writeFileSync(tsconfig, JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'commonjs', declaration: true, skipLibCheck: true, types: [],
      // The module is generated outside the project: resolve cdk8s and constructs from the project.
      baseUrl: ROOT, paths: { '*': ['node_modules/*'] },
      rootDir: path.dirname(file), outDir: path.resolve(outdir), newLine: 'lf',
    },
    files: [file],
  }));
  execFileSync(process.execPath, [TSC, '-p', tsconfig], { stdio: 'inherit' });
}

/** Regenerates every module; third-party ones only when ../shared/crds is present (returns the skipped groups). */
export function generateImports(outdir: string, sources: readonly ImportSource[] = IMPORT_SOURCES): string[] {
  fs.mkdirSync(outdir, { recursive: true });
  const skipped: string[] = [];
  for (const source of sources) {
    if (source.shared && !sharedCrdsPresent()) {
      skipped.push(source.group);
      continue;
    }
    importGroup(source, outdir);
  }
  return skipped;
}

/**
 * `tsx scripts/import.ts --check-into <dir> own|shared`: generate one kind of sources into <dir> (the drift test
 * runs this in a child process, so its minute of `cdk8s import` does not block the test worker).
 */
function checkInto(dir: string, which: string): void {
  const skipped = generateImports(dir, IMPORT_SOURCES.filter((s) => s.shared === (which === 'shared')));
  if (skipped.length) throw new Error(`${SHARED_CRDS} is absent`);
}

if (require.main === module && process.argv[2] === '--check-into') {
  checkInto(process.argv[3], process.argv[4]);
} else if (require.main === module) {
  generateImports(APP_IMPORTS, IMPORT_SOURCES.filter((s) => !s.shared));
  const skipped = generateImports(LIBRARY_IMPORTS, IMPORT_SOURCES.filter((s) => s.shared));
  if (skipped.length) {
    console.error(`warning: ${SHARED_CRDS} is absent; kept the committed lib/generated/ modules of ${skipped.join(', ')}`);
  }
  console.log(skipped.length ? 'imports/ regenerated' : 'imports/ and lib/generated/ regenerated');
}
