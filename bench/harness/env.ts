// Where things are: the project, its tools, the shared CRDs, scratch folders. The bench never writes into the
// project (dist/ above all): every output goes to a temporary folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SHARED_CRDS, sharedCrdsPresent } from '../../scripts/import-sources';

export const ROOT = path.join(__dirname, '..', '..');
export const BENCH = path.join(ROOT, 'bench');
export const RESULTS = path.join(BENCH, 'results');
export { SHARED_CRDS, sharedCrdsPresent };

function bin(pkg: string, rel: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [ROOT] })), rel);
}

/** The CLIs the cases run, as scripts for `node` (no npx or npm start-up in the figures). */
export const TSX = bin('tsx', 'dist/cli.mjs');
export const TS_NODE = bin('ts-node', 'dist/bin.js');
export const TSC = bin('typescript', 'bin/tsc');
export const CDK8S_CLI = bin('cdk8s-cli', 'bin/cdk8s');
export const OPKIT = path.join(ROOT, 'bin', 'opkit.js');

/** A path in ../shared/crds. */
export const sharedCrd = (file: string) => path.join(SHARED_CRDS, file);

/** The skip reason for a case that needs ../shared/crds, or undefined when it is there. */
export function sharedMissing(): string | undefined {
  return sharedCrdsPresent() ? undefined : `needs the third-party CRDs in ${SHARED_CRDS}, which is absent`;
}

const scratch: string[] = [];

/** A fresh temporary folder, removed by `cleanScratch()` when the bench ends. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `opkit-bench-${prefix}-`));
  scratch.push(dir);
  return dir;
}

/**
 * A temporary folder that resolves packages from the project: `node_modules` is a symlink to the project's,
 * so tsc, tsx and ts-node find cdk8s and constructs exactly as in the project.
 */
export function tempProject(prefix: string): string {
  const dir = tempDir(prefix);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** What a copy of the project leaves out: installed, generated or scratch folders, never sources. */
const NOT_COPIED = new Set(['node_modules', '.git', 'build', '.cdk8s.out', path.join('bench', 'results')]);

/**
 * A copy of the project (as in the working tree, without NOT_COPIED) in a scratch folder, `node_modules`
 * linked: the app runs there exactly as in the repository, and writes its own dist/.
 */
export function tempAppCopy(prefix: string): string {
  const dir = tempProject(prefix);
  fs.cpSync(ROOT, dir, {
    recursive: true,
    filter: (from) => !NOT_COPIED.has(path.relative(ROOT, from)) && !fs.lstatSync(from).isSymbolicLink(),
  });
  return dir;
}

/** Every `.yaml` file below `dir`, recursively. */
export function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(dir, f));
}

export function cleanScratch(): void {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** The environment of every child: without CDK8S_OUTDIR, which would make GitOpsApp mirror into another folder. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.CDK8S_OUTDIR;
  return env;
}
