// Child of the import case: `npm run import` for one group (cdk8s import + compile to .js/.d.ts + schemas),
// through scripts/import.ts's own importGroup.
// Usage: tsx bench/children/import-group.ts <group> <outdir> <crd.yaml>...
import * as fs from 'node:fs';
import { importGroup } from '../../scripts/import';

const [group, outdir, ...files] = process.argv.slice(2);
if (!group || !outdir || !files.length) throw new Error('usage: import-group.ts <group> <outdir> <crd.yaml>...');
fs.mkdirSync(outdir, { recursive: true });
importGroup({ group, shared: true, load: () => files.map((f) => fs.readFileSync(f, 'utf8')).join('\n---\n') }, outdir);
