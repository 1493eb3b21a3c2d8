import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createApp } from '../main';
import { generateImports } from '../scripts/import';
import { ROOT, readTree, tempDir } from './helpers';

// Committed generated artefacts must equal what the sources generate now; a stale copy fails CI.
describe('generated artefacts are up to date', () => {
  const tmp = tempDir();
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('dist/ equals a fresh synth, byte for byte (run `npm run synth`)', () => {
    const out = path.join(tmp, 'dist');
    createApp({ outdir: out }).synth();
    const fresh = readTree(out);
    expect(Object.keys(fresh).length).toBeGreaterThan(0);
    expect(readTree(path.join(ROOT, 'dist'))).toEqual(fresh);
  });

  test('imports/ equals a fresh `cdk8s import` of the API (run `npm run import`)', () => {
    const out = path.join(tmp, 'imports');
    const config = fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8');
    generateImports(out);
    // cdk8s import appends its inputs to a cdk8s.yaml in its working folder; ours must stay untouched.
    expect(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')).toBe(config);
    const fresh = readTree(out);
    expect(Object.keys(fresh)).toContain('cache.opkit.dev.ts');
    expect(readTree(path.join(ROOT, 'imports'))).toEqual(fresh);
  });
});
