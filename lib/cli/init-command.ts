// `opkit init [DIR]`: scaffolds a new operator project offline (the analogue of kubebuilder init + create api).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { reportCliError, UsageError } from './args';
import { initFiles, InitValues } from './init-templates';
import { ownPackage } from '../validate/own-package';

export const INIT_USAGE = `Usage: opkit init [options] [DIR]

Writes a new operator project into DIR (default: the current folder, which must hold no project files):
one CRD with status, scale and a CEL rule (api/), a Custom Resource from its imported class, the Operator,
a GitOpsApp with one environment, a test, a README with the two commands, and .ci/run. Then:
  npm install && npm run synth && npm test

Options:
  --kind KIND        Kind of the CRD (default Widget)
  --group GROUP      API group of the CRD (default example.com)
  --name NAME        Package and operator name (default: DIR's name)
  --opkit SPEC       How the project depends on opkit: a version range, or a path to an opkit-<v>.tgz
                     (default: this opkit's version)
  -h, --help         Show this help
`;

interface CliIO { out: (s: string) => void; err: (s: string) => void }

export function runInit(argv: string[], io: CliIO): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        kind: { type: 'string' }, group: { type: 'string' }, name: { type: 'string' }, opkit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(INIT_USAGE);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`expected at most one DIR, got ${positionals.length}`);
    const dir = path.resolve(positionals[0] ?? '.');
    const kind = values.kind ?? 'Widget';
    // The kind becomes a class name and the CRD's kind: an upper-case identifier, as kubebuilder requires.
    if (!/^[A-Z][A-Za-z0-9]{0,62}$/.test(kind)) throw new UsageError(`--kind must be an upper-camel-case name such as Widget, got '${kind}'`);
    const group = values.group ?? 'example.com';
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/.test(group) || group.length > 253) {
      throw new UsageError(`--group must be a DNS subdomain with a dot, such as example.com, got '${group}'`);
    }
    const name = values.name ?? path.basename(dir).toLowerCase();
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 40) {
      throw new UsageError(`--name must be a DNS label of at most 40 characters (it names the operator's objects), got '${name}'`);
    }
    const own = ownPackage();
    if (!own) throw new Error('cannot find opkit\'s own package.json');
    const opkitSpec = values.opkit ? dependencySpec(values.opkit) : `^${own.version}`;
    const dev = own.devDependencies ?? {};
    const values_: InitValues = {
      name, group, kind,
      versions: {
        'opkit': opkitSpec, 'cdk8s': `^${dev.cdk8s}`, 'constructs': `^${dev.constructs}`, 'cdk8s-cli': dev['cdk8s-cli'],
        'typescript': dev.typescript, 'ts-node': dev['ts-node'], '@types/node': dev['@types/node'],
      },
    };
    const files = initFiles(values_);
    const existing = Object.keys(files).filter((f) => fs.existsSync(path.join(dir, f)));
    if (existing.length) throw new UsageError(`${dir} already has ${existing.join(', ')}: choose an empty folder`);
    for (const [rel, content] of Object.entries(files)) {
      const file = path.join(dir, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content, { mode: rel === '.ci/run' ? 0o755 : 0o644 });
    }
    io.out(`created ${name} in ${dir} (${Object.keys(files).length} files)\nnext: cd ${path.relative(process.cwd(), dir) || '.'} && npm install && npm run synth && npm test\n`);
    return 0;
  } catch (e) {
    return reportCliError('init', INIT_USAGE, e, io.err, false);
  }
}

/** A tarball or folder path becomes `file:` with an absolute path, so the new project finds it wherever it is. */
function dependencySpec(spec: string): string {
  if (spec.endsWith('.tgz') || spec.startsWith('.') || spec.startsWith('/')) {
    const abs = path.resolve(spec);
    if (!fs.existsSync(abs)) throw new UsageError(`--opkit: ${spec} does not exist`);
    return `file:${abs}`;
  }
  return spec;
}
