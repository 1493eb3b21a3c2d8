// `opkit import`: a thin shell over lib/importer (what it reads, see import-config.ts).
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { importCrds } from '../importer/import-crds';
import { resolveImportOptions } from '../importer/import-config';
import { reportCliError, UsageError } from './args';

export const IMPORT_USAGE = `Usage: opkit import [options]

Generates typed classes (<group>.js + <group>.d.ts) and validation schemas (<group>.schemas.json) for the
CRDs the project defines as code (its API module) and for third-party CRDs, one module per API group, with
the project's cdk8s-cli and typescript, offline. A group whose CRDs did not change is not generated again.

Reads the "opkit" section of package.json, e.g.
  "opkit": { "api": "api", "crds": ["crds/", "https://example.com/crd.yaml"], "output": "imports" }
The API module's exported construct classes are created as new X(scope, id); every CustomResourceDefinition
they define is imported. Flags override package.json:

Options:
  --api MODULE     The module that defines the CRDs (default: api, i.e. api.ts or api/index.ts);
                   MODULE#Export renders one export only
  --crd PATH|URL   A third-party CRD file, folder or http(s) URL (repeatable)
  --output DIR     Where the modules go (default: imports)
  --force          Generate every group again, changed or not
  -h, --help       Show this help
`;

interface CliIO { out: (s: string) => void; err: (s: string) => void }

export async function runImport(argv: string[], io: CliIO, cwd = process.cwd()): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        api: { type: 'string' }, crd: { type: 'string', multiple: true }, output: { type: 'string' },
        force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(IMPORT_USAGE);
      return 0;
    }
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}' (CRD files go after --crd)`);
    const options = resolveImportOptions(cwd, { api: values.api, crds: values.crd, output: values.output, force: values.force });
    const report = await importCrds({ ...options, log: (line) => io.out(`${line}\n`) });
    const where = path.relative(cwd, report.outdir) || '.';
    const removed = report.removed.length ? `, removed ${report.removed.join(', ')}` : '';
    io.out(`${where}/: ${report.generated.length} generated, ${report.unchanged.length} unchanged${removed}\n`);
    return 0;
  } catch (e) {
    return reportCliError('import', IMPORT_USAGE, e, io.err, false);
  }
}
