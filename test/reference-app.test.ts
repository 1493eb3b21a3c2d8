import { describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { listFiles } from '../lib';
import { ROOT } from './helpers';

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
