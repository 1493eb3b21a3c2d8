// Plain JavaScript for the floors: a child bundled by esbuild (every import inlined) runs on `node` alone,
// without tsx's start-up or on-the-fly transpiling, as the cheapest script doing the same work would.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT, tempDir } from './env';

const ESBUILD = path.join(path.dirname(require.resolve('esbuild/package.json', { paths: [ROOT] })), 'bin', 'esbuild');

/** Bundle `entry` (a TypeScript child) into one `.js` file in a scratch folder; returns its path. */
export function bundle(entry: string): string {
  const out = path.join(tempDir('bundle'), `${path.basename(entry, '.ts')}.js`);
  execFileSync(ESBUILD, [entry, '--bundle', '--platform=node', '--target=node20', `--outfile=${out}`, '--log-level=warning']);
  return out;
}
