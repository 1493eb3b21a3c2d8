// `npm run build`: writes the built-in kinds' schemas (from kubernetes-models) beside the CLI bundle as one JSON
// file, so the CLI parses one file instead of loading hundreds of modules. Usage: tsx <this file> <outdir>
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_KUBE_VERSION, extractBuiltinSchemas } from './builtin-schemas';

const outdir = process.argv[2] ?? 'build';
fs.mkdirSync(outdir, { recursive: true });
fs.writeFileSync(path.join(outdir, `k8s-schemas-${BUILTIN_KUBE_VERSION}.json`), JSON.stringify(extractBuiltinSchemas()));
