import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { createApp } from '../main';
import { acceptFinding, CustomResourceDefinition, SynthError } from '../lib';
import { readTree, ROOT, tempDir } from './helpers';

// The reference app synthesized over a copy of its committed dist/ in which the dev cluster's CacheCluster CRD
// still has a field the code no longer has: what the cluster runs now has it, the new revision drops it.

let tmp: string;
let out: string;
beforeEach(() => {
  tmp = tempDir('opkit-crd-upgrade-');
  out = path.join(tmp, 'dist');
  fs.cpSync(path.join(ROOT, 'dist'), out, { recursive: true });
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Adds `spec.legacyMode` to every version of the CacheCluster CRD in `file` of the copied dist/. */
function addCommittedField(file: string): void {
  const full = path.join(out, file);
  const docs = parseAllDocuments(fs.readFileSync(full, 'utf8')).map((d) => d.toJS());
  const crd = docs.find((d) => d.metadata.name === 'cacheclusters.cache.opkit.dev');
  for (const v of crd.spec.versions) v.schema.openAPIV3Schema.properties.spec.properties.legacyMode = { type: 'boolean' };
  fs.writeFileSync(full, docs.map((d) => stringify(d)).join('---\n'));
}

const cacheClusterCrd = (app: ReturnType<typeof createApp>, env: string) => app.node.findAll()
  .find((c): c is CustomResourceDefinition => c instanceof CustomResourceDefinition && c.node.path.startsWith(`${env}/`)
    && c.apiObject.name === 'cacheclusters.cache.opkit.dev')!;

describe('synth against the committed CRDs', () => {
  test('the reference app synthesizes over its own committed output: no CRD revision findings', () => {
    const result = createApp({ outdir: out, log: () => {} }).synth();
    expect(result.warnings.filter((w) => w.rule.startsWith('crd-upgrade.'))).toEqual([]);
  });

  test('a field the committed CRD has and the code no longer has fails the synth; dist/ is untouched', () => {
    addCommittedField('dev/00-crds.yaml');
    const before = readTree(out);
    let error: unknown;
    try {
      createApp({ outdir: out, log: () => {} }).synth();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SynthError);
    const findings = (error as SynthError).findings.filter((f) => f.rule.startsWith('crd-upgrade.'));
    // Once per version (v1alpha1, v1), in the dev folder only: the prod clusters' CRDs did not change.
    expect(findings.map((f) => [f.rule, f.field, f.origin?.file?.endsWith('/dev/00-crds.yaml')])).toEqual([0, 1].map((i) => [
      'crd-upgrade.field-removed', `spec.versions[${i}].schema.openAPIV3Schema.properties[spec].properties[legacyMode]`, true]));
    expect((error as SynthError).message).toContain('CustomResourceDefinition cacheclusters.cache.opkit.dev: spec.versions[1].schema.openAPIV3Schema.properties[spec].properties[legacyMode]: Forbidden: field removed from version v1');
    expect(readTree(out)).toEqual(before);
  });

  test('accepted in code with a reason, per CRD and rule id, the same change synthesizes', () => {
    addCommittedField('dev/00-crds.yaml');
    const app = createApp({ outdir: out, log: () => {} });
    acceptFinding(cacheClusterCrd(app, 'dev'), 'crd-upgrade.field-removed', 'legacyMode was never released to users');
    app.synth();
    const written = fs.readFileSync(path.join(out, 'dev/00-crds.yaml'), 'utf8');
    expect(written).toContain('opkit.dev/accept: "crd-upgrade.field-removed: legacyMode was never released to users"');
    expect(written).not.toContain('legacyMode:');
  });

  test('an acceptance of another rule does not hide the finding', () => {
    addCommittedField('dev/00-crds.yaml');
    const app = createApp({ outdir: out, log: () => {} });
    acceptFinding(cacheClusterCrd(app, 'dev'), 'crd-upgrade.type-changed', 'not this one');
    expect(() => app.synth()).toThrow(/crd-upgrade\.field-removed/);
  });

  test('crdUpgradeChecks: false turns the comparison off', () => {
    addCommittedField('dev/00-crds.yaml');
    expect(() => createApp({ outdir: out, log: () => {}, crdUpgradeChecks: false }).synth()).not.toThrow();
  });
});
