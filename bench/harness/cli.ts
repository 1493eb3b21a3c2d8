// The opkit CLI as the bench runs it: the bundle bin/opkit.js loads, rebuilt from the current sources.
import { execFileSync } from 'node:child_process';
import { OPKIT, ROOT } from './env';

let built = false;

/** Bundles lib/cli (npm run build) once per bench run, so the bench never times a stale build. */
export function buildCli(): void {
  if (built) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

/** `opkit validate` of the files, as argv for `node`. */
export function validateArgv(files: readonly string[], crdFiles: readonly string[] = []): string[] {
  return [process.execPath, OPKIT, 'validate', ...crdFiles.flatMap((f) => ['--crd', f]), ...files];
}
