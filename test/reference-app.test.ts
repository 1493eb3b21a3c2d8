import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { listFiles } from '../lib/internal';
import { readTree, ROOT, tempDir } from './helpers';

// The committed output of the reference operator, read as a user's GitOps tool would read it.
// dist/ holds one folder per environment (and cluster); files in path order, as `listFiles` gives them.
const docs = listFiles(path.join(ROOT, 'dist'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8')).map((d) => d.toJS()));

describe('reference operator output', () => {
  test('every CRD comes before every Custom Resource of its group', () => {
    const crdIndex = docs.findIndex((d) => d.kind === 'CustomResourceDefinition');
    const crIndex = docs.findIndex((d) => d.apiVersion === 'cache.opkit.dev/v1');
    expect(crdIndex).toBeGreaterThanOrEqual(0);
    expect(crIndex).toBeGreaterThan(crdIndex);
  });

  test('the CR uses a kind its CRD defines', () => {
    const crd = docs.find((d) => d.kind === 'CustomResourceDefinition');
    const cr = docs.find((d) => d.apiVersion?.startsWith(`${crd.spec.group}/`));
    expect(cr.kind).toBe(crd.spec.names.kind);
    expect(crd.spec.versions.map((v: any) => v.name)).toContain(cr.apiVersion.split('/')[1]);
  });
});

// cdk8s's default runner is ts-node (`app: npx ts-node main.ts`); the project runs tsx, and users who keep
// ts-node must get the same dist/. Transpile-only: `npm run typecheck` type-checks, as with tsx.
describe('the reference app under ts-node', () => {
  const cwd = tempDir();
  afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

  test('`ts-node main.ts` exits 0, prints the summary and writes the committed dist/ byte for byte', () => {
    // Run from a scratch folder: the app writes ./dist, so the committed dist/ is never touched.
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js'), '--transpile-only',
      path.join(ROOT, 'main.ts')], { cwd, encoding: 'utf8', env: { ...process.env, CDK8S_OUTDIR: '', OPKIT_DEBUG: '' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^dist\/ synthesized in \d+ ms: 11 files, \d+ objects\n {2}argocd\/delivery\.yaml /);
    expect(readTree(path.join(cwd, 'dist'))).toEqual(readTree(path.join(ROOT, 'dist')));
  });
});
