// Child of the scale case, the floor: the same plain objects as scale-app.ts, serialised with the `yaml`
// package into one file, in one process: no constructs, no dependency sort, no validation.
// Usage: tsx bench/children/yaml-floor.ts <N> <outfile> <base.json: the CRD and controller objects>
import * as fs from 'node:fs';
import { stringify } from 'yaml';
import { cacheCluster } from '../fixtures/objects';

const [n, outfile, baseFile] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
if (!Number.isInteger(n) || n < 0 || !outfile || !baseFile) throw new Error('usage: yaml-floor.ts <N> <outfile> <base.json>');

const docs: unknown[] = JSON.parse(fs.readFileSync(baseFile, 'utf8'));
for (let i = 0; i < n; i++) docs.push(cacheCluster(i));
fs.writeFileSync(outfile, docs.map((d) => stringify(d)).join('---\n'));
