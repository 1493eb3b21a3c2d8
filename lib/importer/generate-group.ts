// One API group's generated module: `cdk8s import` of its CRDs (offline, from a file), compiled to `.js` + `.d.ts`,
// and its compact validation schemas. Written into a staging folder; the caller renames the files into place.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { InputError } from '../validate/read-files';
import { compactSchemas } from './compact-schemas';

/** The files generated for one group, relative to its output folder. */
export const groupFiles = (group: string): string[] => [`${group}.js`, `${group}.d.ts`, `${group}.schemas.json`];

/** The tools `opkit import` runs, from the project (opkit does not bring its own): cdk8s-cli and typescript. */
export interface ImportTools {
  readonly cdk8s: string;
  readonly tsc: string;
  /** The project's typescript package folder (its API transpiles the `.js`). */
  readonly typescript: string;
  /** Versions, part of every group's input hash: another cdk8s-cli or tsc may generate other code. */
  readonly versions: Readonly<Record<string, string>>;
}

export function findTools(projectDir: string): ImportTools {
  const find = (pkg: string, bin: string) => {
    let manifest: string;
    try {
      manifest = require.resolve(`${pkg}/package.json`, { paths: [projectDir] });
    } catch {
      throw new InputError(`opkit import runs ${pkg} from the project, and ${projectDir} has none: npm install --save-dev ${pkg}`);
    }
    const dir = path.dirname(manifest);
    return { dir, bin: path.join(dir, 'bin', bin), version: JSON.parse(fs.readFileSync(manifest, 'utf8')).version as string };
  };
  const cli = find('cdk8s-cli', 'cdk8s');
  const ts = find('typescript', 'tsc');
  return { cdk8s: cli.bin, tsc: ts.bin, typescript: ts.dir, versions: { 'cdk8s-cli': cli.version, 'typescript': ts.version } };
}

/** The YAML stream `cdk8s import` reads for a group. */
export const groupYaml = (crds: readonly Record<string, any>[]): string => crds.map((c) => stringify(c, { aliasDuplicateObjects: false, lineWidth: 0 })).join('---\n');

/**
 * Generates `<group>.js`, `<group>.d.ts` and `<group>.schemas.json` into `stage` (an empty folder). cdk8s import
 * emits TypeScript; it is compiled here, once, instead of shipping the `.ts`: a `.d.ts` is not re-checked by every
 * `tsc` run (skipLibCheck), and a large module (Argo CD's is 3.5 MB) would otherwise slow every type-check. The
 * `.d.ts` keeps the doc comments (editors show them); the `.js` has none (about two thirds of its size).
 */
export function generateGroup(group: string, crds: readonly Record<string, any>[], stage: string, tools: ImportTools, projectDir: string): void {
  const work = path.join(stage, 'work');
  fs.mkdirSync(work);
  const yaml = groupYaml(crds);
  const crdFile = path.join(work, `${group}.yaml`);
  fs.writeFileSync(crdFile, yaml);
  // One call per group: cdk8s import writes one module per group. Run where there is no cdk8s.yaml: cdk8s import
  // would otherwise append the input file to its `imports:`.
  run(tools.cdk8s, ['--no-check-upgrade', 'import', '--language', 'typescript', '--output', work, crdFile], work, `cdk8s import of ${group}`);
  const tsconfig = path.join(work, 'tsconfig.json');
  fs.writeFileSync(tsconfig, JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'commonjs', declaration: true, emitDeclarationOnly: true, skipLibCheck: true, types: [],
      // The module is generated outside the project: resolve cdk8s and constructs from the project.
      baseUrl: projectDir, paths: { '*': ['node_modules/*'] },
      rootDir: work, outDir: stage, newLine: 'lf',
    },
    files: [path.join(work, `${group}.ts`)],
  }));
  run(tools.tsc, ['-p', tsconfig], work, `compiling the module of ${group}`);
  // The JavaScript needs no type information: transpiled on its own, without comments.
  const ts: typeof import('typescript') = require(tools.typescript);
  const source = fs.readFileSync(path.join(work, `${group}.ts`), 'utf8');
  const js = ts.transpileModule(source, {
    fileName: `${group}.ts`,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, removeComments: true, newLine: ts.NewLineKind.LineFeed },
  });
  fs.writeFileSync(path.join(stage, `${group}.js`), js.outputText);
  fs.writeFileSync(path.join(stage, `${group}.schemas.json`), `${JSON.stringify(compactSchemas(crds))}\n`);
  fs.rmSync(work, { recursive: true, force: true });
}

function run(bin: string, args: string[], cwd: string, what: string): void {
  try {
    execFileSync(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`${what} failed:\n${`${stderr ?? ''}${stdout ?? ''}`.trim()}`);
  }
}
