// `npm run import`: regenerate imports/ from the CRDs defined in api/. Never edit imports/ by hand.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderApiCrds } from './render-crds';

export function generateImports(outdir: string): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'opkit-import-'));
  try {
    const crdFile = path.join(tmp, 'crds.yaml');
    fs.writeFileSync(crdFile, renderApiCrds());
    const cli = path.join(path.dirname(require.resolve('cdk8s-cli/package.json')), 'bin', 'cdk8s');
    // cdk8s import writes one module per API group, so all kinds of a group are imported in one call.
    // Run where there is no cdk8s.yaml: cdk8s import would otherwise append the temporary file to its `imports:`.
    execFileSync(process.execPath, [cli, '--no-check-upgrade', 'import', '--language', 'typescript',
      '--output', path.resolve(outdir), crdFile], {
      cwd: tmp,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  generateImports(process.argv[2] ?? path.join(__dirname, '..', 'imports'));
  console.log('imports/ regenerated');
}
