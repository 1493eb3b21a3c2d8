import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers';

const opkit = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), ...args], { encoding: 'utf8' });

describe('opkit CLI', () => {
  test('--help prints usage and exits 0', () => {
    const r = opkit('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: opkit <command>/);
  });

  test('--version prints the package version', () => {
    const r = opkit('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(require('../package.json').version);
  });

  test('an unknown option exits 2 with a usage hint on stderr', () => {
    const r = opkit('--frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command or option '--frobnicate'");
    expect(r.stderr).toContain('Usage: opkit');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
