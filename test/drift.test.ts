import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { createApp } from '../main';
import { APP_IMPORTS, LIBRARY_CRDS, LIBRARY_IMPORTS, SHARED_CRDS, sharedCrdsPresent } from '../scripts/import-sources';
import { importApp } from '../scripts/import';
import { ROOT, readTree, tempDir } from './helpers';

const execFileAsync = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

// Committed generated artefacts must equal what the sources generate now; a stale copy fails CI.
describe('generated artefacts are up to date', () => {
  const tmp = tempDir();
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const committed = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

  test('dist/ equals a fresh synth, byte for byte (run `npm run synth`)', () => {
    const out = path.join(tmp, 'dist');
    createApp({ outdir: out, log: () => {} }).synth();
    const fresh = readTree(out);
    expect(Object.keys(fresh).length).toBeGreaterThan(0);
    expect(readTree(path.join(ROOT, 'dist'))).toEqual(fresh);
  });

  test('imports/ of our own API equals a fresh import of api/ (run `npm run import`)', async () => {
    const out = path.join(tmp, 'own');
    const config = fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8');
    await importApp(out, true);
    // cdk8s import appends its inputs to a cdk8s.yaml in its working folder; ours must stay untouched.
    expect(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')).toBe(config);
    const fresh = readTree(out);
    expect(Object.keys(fresh).sort()).toEqual(['cache.opkit.dev.d.ts', 'cache.opkit.dev.js', 'cache.opkit.dev.schemas.json', 'opkit-import.json']);
    for (const [file, text] of Object.entries(fresh)) expect(committed(APP_IMPORTS, file), file).toBe(text);
    // imports/ holds only the app's own API: the third-party classes belong to the library.
    expect(fs.readdirSync(APP_IMPORTS).sort()).toEqual(Object.keys(fresh).sort());
  }, 60_000);

  if (!sharedCrdsPresent()) {
    console.warn(`SKIPPED: third-party import drift check needs ${SHARED_CRDS} (absent on this machine)`);
  }
  test.skipIf(!sharedCrdsPresent())('lib/generated/ (third-party classes the library emits) equals a fresh import of ../shared/crds', async () => {
    const out = path.join(tmp, 'shared');
    // In a child process, asynchronously: a minute of synchronous work would time out the worker's reports to vitest.
    await execFileAsync(process.execPath, [TSX, path.join(ROOT, 'scripts', 'import.ts'), '--check-into', out, 'shared']);
    const fresh = readTree(out);
    expect(Object.keys(fresh)).toHaveLength(Object.keys(LIBRARY_CRDS).length * 3 + 1); // and opkit-import.json
    for (const [file, text] of Object.entries(fresh)) expect(committed(LIBRARY_IMPORTS, file), file).toBe(text);
    expect(fs.readdirSync(LIBRARY_IMPORTS).sort()).toEqual(Object.keys(fresh).sort());
  }, 300_000);
});
