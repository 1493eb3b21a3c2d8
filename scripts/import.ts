// `npm run import [-- --force]`: regenerate imports/ from the CRDs in api/, and lib/generated/ from the third-party
// CRDs in ../shared/crds, with the code of `opkit import` (lib/importer). Groups whose CRDs did not change are left
// as they are. Never edit either folder by hand.
import * as path from 'node:path';
import { importCrds, ImportReport } from '../lib/importer/import-crds';
import { resolveImportOptions } from '../lib/importer/import-config';
import { APP_IMPORTS, LIBRARY_IMPORTS, libraryCrdFiles, SHARED_CRDS, sharedCrdsPresent } from './import-sources';

const ROOT = path.join(__dirname, '..');

/** The reference app's own API, as `opkit import` in this folder imports it (package.json's "opkit" section). */
export function importApp(output = APP_IMPORTS, force = false, log?: (line: string) => void): Promise<ImportReport> {
  return importCrds({ ...resolveImportOptions(ROOT, { output, force }), log });
}

/** The third-party groups the library emits, from ../shared/crds. */
export function importLibrary(output = LIBRARY_IMPORTS, force = false, log?: (line: string) => void): Promise<ImportReport> {
  return importCrds({ projectDir: ROOT, crds: libraryCrdFiles(), output, force, log });
}

async function main(args: string[]): Promise<void> {
  const log = (line: string) => console.log(line);
  // `--check-into <dir> own|shared`: generate one kind into <dir> (the drift test runs this in a child process, so
  // its minute of `cdk8s import` does not block the test worker).
  if (args[0] === '--check-into') {
    if (args[2] === 'shared' && !sharedCrdsPresent()) throw new Error(`${SHARED_CRDS} is absent`);
    await (args[2] === 'shared' ? importLibrary : importApp)(args[1], true);
    return;
  }
  const force = args.includes('--force');
  const summary = (r: ImportReport) => `${path.relative(ROOT, r.outdir)}/: ${r.generated.length} generated, ${r.unchanged.length} unchanged`;
  console.log(summary(await importApp(APP_IMPORTS, force, log)));
  if (!sharedCrdsPresent()) {
    console.error(`warning: ${SHARED_CRDS} is absent; kept the committed lib/generated/ modules`);
    return;
  }
  console.log(summary(await importLibrary(LIBRARY_IMPORTS, force, log)));
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(`npm run import: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
