import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

// The CLI tests run the bundled `bin/opkit.js`; bundle the current sources first so they never test a stale build.
export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: path.join(__dirname, '..'), stdio: 'inherit' });
}
