import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, tempDir } from './helpers';

// The reference app (main.ts, app/, api/) is written as a user's app is: against the package's public entry
// `opkit` only, so this repository proves the public API is enough.
const APP_FILES = ['main.ts', ...['app', 'api'].flatMap((dir) =>
  fs.readdirSync(path.join(ROOT, dir), { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)))];
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
const specifiers = (file: string) => [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(SPECIFIER)].map((m) => m[1]);

describe('the reference app uses only the public API', () => {
  test.each(APP_FILES)('%s imports nothing from lib/', (file) => {
    const intoLib = specifiers(file).filter((s) => {
      if (/^opkit\/./.test(s)) return true; // a deep import of the package
      if (!s.startsWith('.')) return false;
      const target = path.relative(path.join(ROOT, 'lib'), path.resolve(ROOT, path.dirname(file), s));
      return !target.startsWith('..');
    });
    expect(intoLib).toEqual([]);
  });

  test('the app does import the package by name (the check above sees its imports)', () => {
    expect(APP_FILES).toEqual(expect.arrayContaining(['main.ts', path.join('app', 'checks.ts'), path.join('api', 'index.ts')]));
    expect(specifiers('main.ts')).toContain('opkit');
    expect(APP_FILES.filter((f) => specifiers(f).includes('opkit')).length).toBeGreaterThanOrEqual(5);
  });

  test('`opkit` is the library source under ts-node (no stale build), the compiled build/ under plain node', () => {
    const dir = tempDir('opkit-self-');
    try {
      const probe = path.join(dir, 'probe.js');
      const candidates = [path.join(ROOT, 'lib', 'index.ts'), path.join(ROOT, 'build', 'index.js')];
      fs.writeFileSync(probe, `require('opkit');\nconsole.log(${JSON.stringify(candidates)}.filter((f) => require.cache[f]).join());\n`);
      // From another folder, as the ts-node test of the reference app runs it: the paths must not depend on cwd.
      const tsNode = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js'), '-T',
        '-P', path.join(ROOT, 'tsconfig.json'), probe], { cwd: dir, encoding: 'utf8' });
      expect(tsNode.stderr).toBe('');
      expect(tsNode.stdout.trim()).toBe(path.join(ROOT, 'lib', 'index.ts'));
      // Node resolves a package's own name through its "exports": what users get.
      const node = spawnSync(process.execPath, ['-e', "console.log(require.resolve('opkit'))"], { cwd: ROOT, encoding: 'utf8' });
      expect(node.stdout.trim()).toBe(path.join(ROOT, 'build', 'index.js'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
