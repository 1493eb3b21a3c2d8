// Child of the scale case, the js-yaml floor: the same plain objects as scale-app.ts, built as data and written
// with js-yaml (`dump`) into one file, in one process: no constructs, no dependency sort, no validation, and
// no YAML Document model (what the `yaml` package's stringify builds first).
// Usage: node bench/children/js-yaml-floor.js <N> <outfile> <base.json: the CRD and controller objects>
import * as fs from 'node:fs';
import { dump } from 'js-yaml';
import { cacheCluster } from '../fixtures/objects';

const [n, outfile, baseFile] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
if (!Number.isInteger(n) || n < 0 || !outfile || !baseFile) throw new Error('usage: js-yaml-floor.ts <N> <outfile> <base.json>');

const docs: unknown[] = JSON.parse(fs.readFileSync(baseFile, 'utf8'));
for (let i = 0; i < n; i++) docs.push(cacheCluster(i));
fs.writeFileSync(outfile, docs.map((d) => dump(d, { lineWidth: -1, noRefs: true })).join('---\n'));
