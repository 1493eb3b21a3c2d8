// `npm run schemas`: regenerates schemas/kubernetes/ (the built-in kinds of every supported Kubernetes release)
// from ../shared/kubernetes-openapi. Usage: tsx scripts/kubernetes-schemas.ts [openapi-dir]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateKubernetesSchemas } from './kubernetes-schemas-generate';

const root = path.join(__dirname, '..');
const source = process.argv[2] ?? path.join(root, '..', 'shared', 'kubernetes-openapi');
if (!fs.existsSync(source)) {
  process.stderr.write(`kubernetes-schemas: ${source} not found: pass the folder of Kubernetes OpenAPI v3 documents (see ../shared/kubernetes-openapi/README.md)\n`);
  process.exit(2);
}
const out = path.join(root, 'schemas', 'kubernetes');
const files = generateKubernetesSchemas(source);
for (const sub of ['defs', 'releases']) fs.rmSync(path.join(out, sub), { recursive: true, force: true });
let bytes = 0;
for (const [rel, content] of files) {
  fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
  fs.writeFileSync(path.join(out, rel), content);
  bytes += Buffer.byteLength(content);
}
process.stdout.write(`schemas/kubernetes: ${files.size} files, ${bytes} bytes\n`);
