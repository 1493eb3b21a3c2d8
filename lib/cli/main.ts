// The `opkit` command line: a thin shell that parses arguments, calls the library and sets the exit code.
import { ownPackage } from '../validate/own-package';

const USAGE = `Usage: opkit <command> [options]

Typed Kubernetes operator manifests with cdk8s.

Commands:
  validate [options] PATH...   Check manifests as the API server would ('opkit validate --help')
  diff [options] OLD NEW       Show what changes between two sets of manifests, object by object
                               ('opkit diff --help')
  init [options] [DIR]         Start a new operator project, offline ('opkit init --help')
  import [options]             Generate typed classes and schemas for the project's CRDs
                               ('opkit import --help')

Options:
  -h, --help       Show this help
  -v, --version    Print the version
`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code (a promise for `import`). */
export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s)): number | Promise<number> {
  const [first] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    out(USAGE);
    return first === undefined ? 2 : 0;
  }
  if (first === 'validate') {
    // Loaded on demand: the validator's dependencies are only paid for by the command that uses them.
    const { runValidate } = require('./validate-command') as typeof import('./validate-command');
    return runValidate(argv.slice(1), { out, err });
  }
  if (first === 'diff') {
    const { runDiff } = require('./diff-command') as typeof import('./diff-command');
    return runDiff(argv.slice(1), { out, err });
  }
  if (first === 'init') {
    const { runInit } = require('./init-command') as typeof import('./init-command');
    return runInit(argv.slice(1), { out, err });
  }
  if (first === 'import') {
    const { runImport } = require('./import-command') as typeof import('./import-command');
    return runImport(argv.slice(1), { out, err });
  }
  if (first === '-v' || first === '--version') {
    out(`${ownPackage()?.version ?? 'unknown'}\n`);
    return 0;
  }
  err(`opkit: unknown command or option '${first}'\n\n${USAGE}`);
  return 2;
}


// The bundle doubles as a cdk8s validation plugin (cdk8s.yaml: `package: ./build/opkit.js`,
// `class: OpkitValidation`); a getter, so the validator is only loaded when cdk8s asks for it.
Object.defineProperty(module.exports, 'OpkitValidation', {
  enumerable: true,
  get: () => (require('../validate/cdk8s-plugin') as typeof import('../validate/cdk8s-plugin')).OpkitValidation,
});

if (require.main === module) {
  void Promise.resolve(main(process.argv.slice(2))).then((code) => { process.exitCode = code; });
}
