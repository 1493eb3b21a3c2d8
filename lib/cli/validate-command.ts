/**
 * `opkit validate`: reads manifests from files, folders and stdin and checks them as the API server would.
 * Exit codes: 0 valid, 1 invalid, 2 usage or I/O error.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Finding } from '../report/finding';
import { InputError, readInputs } from '../validate/read-files';
import { importedSchemaFiles, SchemaRegistry } from '../validate/registry';
import { buildValidator } from '../validate/validator-core';
import { UnknownFieldPolicy } from '../validate/schema-types';
import { cliChecks, loadCelEngine } from './checks';
import { OutputFormat, render } from './output';
import { escapeControls } from './terminal-text';

export const VALIDATE_USAGE = `Usage: opkit validate [options] PATH...

Checks Kubernetes manifests as the API server would: schemas of built-in kinds (Kubernetes 1.27) and of
custom resources (CRDs, with their CEL rules), metadata rules, unknown fields, duplicate objects. PATH is a
file, a folder (read recursively for .yaml, .yml and .json) or - for stdin. CRDs among the PATHs are checked
and used for the objects beside them.

Options:
  --crd PATH                 CRD file or folder (repeatable); a *.schemas.json file, or a folder
                             of them such as imports/, maps "<group>/<version>/<Kind>" to a schema
  --kube-version X.Y         Kubernetes version validated for: the CEL libraries rules may use
                             (default 1.27)
  --previous PATH            The objects as the cluster has them now (e.g. the committed dist/ of the
                             last release), file or folder (repeatable): CEL transition rules (oldSelf)
                             compare each object with its previous version; without it they are skipped,
                             as on create
  --output text|json|junit   Report format (default text)
  --strict-schemas           An object with no known schema is an error, not a warning
  --unknown-fields error|warn|ignore
                             How to report fields no schema declares (default error, like kubectl)
  --require-namespace        Namespaced objects must set metadata.namespace (GitOps output)
  --debug                    Print stack traces of internal errors
  -h, --help                 Show this help

Exit status: 0 valid, 1 invalid, 2 usage or input error.
`;

export interface CliIO {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly readStdin?: (maxBytes: number) => Buffer | undefined;
}

class UsageError extends Error {}

export function runValidate(argv: string[], cli: CliIO): number {
  // Messages quote paths and options as given: a file name can hold terminal escape sequences too.
  const io: CliIO = { ...cli, err: (s) => cli.err(s.split('\n').map(escapeControls).join('\n')) };
  let debug = argv.includes('--debug');
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'crd': { type: 'string', multiple: true },
        'previous': { type: 'string', multiple: true },
        'kube-version': { type: 'string' },
        'output': { type: 'string', short: 'o' },
        'strict-schemas': { type: 'boolean' },
        'unknown-fields': { type: 'string' },
        'require-namespace': { type: 'boolean' },
        'debug': { type: 'boolean' },
        'help': { type: 'boolean', short: 'h' },
      },
    });
    debug = !!values.debug;
    if (values.help) {
      io.out(VALIDATE_USAGE);
      return 0;
    }
    const output = oneOf('--output', values.output ?? 'text', ['text', 'json', 'junit']) as OutputFormat;
    const unknownFields = oneOf('--unknown-fields', values['unknown-fields'] ?? 'error', ['error', 'warn', 'ignore']) as UnknownFieldPolicy;
    const kubeVersion = values['kube-version'] ?? '1.27';
    if (!/^1\.\d+$/.test(kubeVersion)) throw new UsageError(`--kube-version must look like 1.27, got '${kubeVersion}'`);
    if (positionals.length === 0) throw new UsageError('no PATH given (use - to read stdin)');

    const registry = new SchemaRegistry();
    const setup: Finding[] = [];
    const crdFiles = values.crd ?? [];
    const schemaFiles: string[] = [];
    const crdPaths: string[] = [];
    for (const f of crdFiles) {
      // A folder of `<group>.schemas.json` files (like imports/) supplies those schemas.
      const imported = isDirectory(f) ? importedSchemaFiles(f) : [];
      if (f.endsWith('.schemas.json')) schemaFiles.push(f);
      else if (imported.length) schemaFiles.push(...imported);
      else crdPaths.push(f);
    }
    for (const f of schemaFiles) setup.push(...registry.addSchemaFile(f));
    const crdInput = crdPaths.length ? readInputs(crdPaths, { readStdin: io.readStdin }) : { manifests: [], findings: [] };
    setup.push(...crdInput.findings);
    const crds = crdInput.manifests.filter((m) => m.object.kind === 'CustomResourceDefinition').map((m) => m.object);

    const checks = cliChecks(kubeVersion);
    // CRDs given with --crd are checked like the ones among the inputs: a broken CRD is reported, not just used.
    setup.push(...checks.flatMap((check) => check(crdInput.manifests, {})));
    const previous = values.previous?.length ? readInputs(values.previous, { readStdin: io.readStdin }) : undefined;
    setup.push(...(previous?.findings ?? []));

    const input = readInputs(positionals, { readStdin: io.readStdin });
    const validator = buildValidator({
      registry, crds, kubeVersion, unknownFields,
      strictSchemas: !!values['strict-schemas'],
      requireNamespace: !!values['require-namespace'],
      checks,
    }, loadCelEngine);
    const findings = [...setup, ...input.findings, ...validator.validate(input.manifests, { previous: previous?.manifests })];
    io.out(render(output, { findings, manifests: input.manifests }));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || isParseArgsError(e)) {
      io.err(`opkit validate: ${(e as Error).message}\n\n${VALIDATE_USAGE}`);
      return 2;
    }
    if (e instanceof InputError) {
      io.err(`opkit validate: ${e.message}\nRun 'opkit validate --help' for usage.\n`);
      return 2;
    }
    io.err(`opkit validate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (debug && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    else io.err('Run again with --debug to print the stack trace.\n');
    return 2;
  }
}

function oneOf(flag: string, v: string, allowed: string[]): string {
  if (!allowed.includes(v)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got '${v}'`);
  return v;
}

function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false; // reported by the reader, with the usage hint
  }
}
