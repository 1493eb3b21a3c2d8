// Child of the import case: `npm run import` for one group (cdk8s import + compile to .js/.d.ts + schemas),
// through the code of `opkit import` (lib/importer), forced, into a fresh folder.
// Usage: tsx bench/children/import-group.ts <group> <outdir> <crd.yaml>...
import * as path from 'node:path';
import { importCrds } from '../../lib/importer/import-crds';

const [group, outdir, ...files] = process.argv.slice(2);
if (!group || !outdir || !files.length) throw new Error('usage: import-group.ts <group> <outdir> <crd.yaml>...');
importCrds({ projectDir: path.join(__dirname, '..', '..'), crds: files, output: outdir, force: true }).then((report) => {
  if (!report.generated.includes(group)) throw new Error(`${files.join(', ')} hold no CRD of group ${group}`);
});
