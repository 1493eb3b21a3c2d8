/**
 * `opkit validate`: reads manifests from files, folders and stdin and checks them as the API server would.
 * Exit codes: 0 valid, 1 invalid, 2 usage or I/O error.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GitSnapshot, snapshotAtRef } from '../diff/git-tree';
import { Finding } from '../report/finding';
import { NEWEST_KUBE_RELEASE, shippedRelease } from '../validate/kube-releases';
import { readInputs } from '../validate/read-files';
import { importedSchemaFiles, SchemaRegistry } from '../validate/registry';
import { buildValidator, DuplicateScope } from '../validate/validator-core';
import { UnknownFieldPolicy } from '../validate/compiled-schema';
import { oneOf, reportCliError, UsageError } from './args';
import { cliChecks, crdRevisionFindings, loadCelEngine } from './checks';
import { ObjectTally, OutputFormat, render } from './output';
import { validateInputs } from './validate-stream';
import { escapeControls } from './terminal-text';

export const VALIDATE_USAGE = `Usage: opkit validate [options] PATH...

Checks Kubernetes manifests as the API server of one release would: schemas and served apiVersions of
built-in kinds (Kubernetes 1.27–1.35), custom resources (CRDs, with their CEL rules), metadata rules,
unknown fields, duplicate objects. PATH is a
file, a folder (read recursively for .yaml, .yml and .json) or - for stdin. CRDs among the PATHs are checked
and used for the objects beside them.

Options:
  --crd PATH                 CRD file or folder (repeatable); a *.schemas.json file, or a folder
                             of them such as imports/, maps "<group>/<version>/<Kind>" to a schema
  --kube-version X.Y         Kubernetes release validated for, 1.27 to 1.35: its built-in kinds,
                             served apiVersions and CEL libraries (default 1.35)
  --previous PATH            The objects as the cluster has them now (e.g. the committed dist/ of the
                             last release), file or folder (repeatable): CEL transition rules (oldSelf)
                             compare each object with its previous version (without it they are skipped,
                             as on create), and each CRD present in both is checked against its previous
                             revision for changes that break stored objects or clients (crd-upgrade.*).
                             REF:PATH (e.g. main:dist) reads PATH as it is at git commit REF
  --output text|json|junit   Report format (default text)
  --strict-schemas           An object with no known schema is an error, not a warning
  --unknown-fields error|warn|ignore
                             How to report fields no schema declares (default error, like kubectl)
  --require-namespace        Namespaced objects must set metadata.namespace (GitOps output)
  --policy                   Also run the synth's policy: restricted Pod Security, kube-linter's
                             default checks, RBAC (wildcards, escalation); accept a finding per
                             object with the annotation opkit.dev/accept: "<rule>: <why>"
  --duplicates folder|global Where one object (group, kind, namespace, name) may appear only once:
                             within each folder, one Argo CD Application each (default), or
                             across all PATHs
  --debug                    Print stack traces of internal errors
  -h, --help                 Show this help

Exit status: 0 valid, 1 invalid, 2 usage or input error.
`;

export interface CliIO {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly readStdin?: (maxBytes: number) => Buffer | undefined;
}

export function runValidate(argv: string[], cli: CliIO): number {
  // Messages quote paths and options as given: a file name can hold terminal escape sequences too.
  const io: CliIO = { ...cli, err: (s) => cli.err(s.split('\n').map(escapeControls).join('\n')) };
  let debug = argv.includes('--debug');
  const snapshots: GitSnapshot[] = [];
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
        'policy': { type: 'boolean' },
        'duplicates': { type: 'string' },
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
    const duplicates = oneOf('--duplicates', values.duplicates ?? 'folder', ['folder', 'global']) as DuplicateScope;
    const kubeVersion = cliRelease(values['kube-version'] ?? NEWEST_KUBE_RELEASE);
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

    const checks = cliChecks(kubeVersion, { policy: !!values.policy });
    const previousPaths = (values.previous ?? []).map((p) => {
      // `REF:PATH` (as git show spells it) when no such file exists: PATH as it is at commit REF.
      const at = /^([^:]+):(.+)$/.exec(p);
      if (existsSync(p) || !at) return p;
      const snapshot = snapshotAtRef(at[1], at[2]);
      snapshots.push(snapshot);
      return snapshot.path;
    });
    const previous = previousPaths.length ? readInputs(previousPaths, { readStdin: io.readStdin }) : undefined;
    setup.push(...(previous?.findings ?? []));
    // CRDs given with --crd are checked like the ones among the inputs: a broken CRD is reported, not just used.
    setup.push(...checks.flatMap((check) => check(crdInput.manifests, {})));

    // The validator's own checks are not given: they would need every object; they run below, over what
    // `validateInputs` kept (the CRDs, or with --policy every object).
    const validator = buildValidator({
      registry, crds, kubeVersion, unknownFields, duplicates,
      strictSchemas: !!values['strict-schemas'],
      requireNamespace: !!values['require-namespace'],
    }, loadCelEngine);
    const context = { previous: previous?.manifests };
    const objects = new ObjectTally(output);
    const input = validateInputs(positionals, { readStdin: io.readStdin, pass: validator.begin(context), tally: objects, keepAll: !!values.policy });
    const findings = [...setup, ...input.readFindings, ...validator.setup, ...input.crdFindings, ...input.objectFindings,
      ...checks.flatMap((check) => check(input.kept, context)),
      ...crdRevisionFindings([...crdInput.manifests, ...input.crds], previous?.manifests)];
    io.out(render(output, { findings, objects }));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (e) {
    return reportCliError('validate', VALIDATE_USAGE, e, io.err, debug);
  } finally {
    for (const s of snapshots) s.cleanup();
  }
}

function cliRelease(version: string): string {
  try {
    return shippedRelease(version);
  } catch (e) {
    throw new UsageError(`--kube-version: ${(e as Error).message}`);
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false; // reported by the reader, with the usage hint
  }
}
