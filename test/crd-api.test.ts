import * as fs from 'node:fs';
import * as path from 'node:path';
import { Chart, Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { CacheApi } from '../api';
import { formatCrdFinding, listFiles, validateCustomResourceDefinition } from '../lib/internal';
import { ROOT } from './helpers';

const api = new CacheApi(new Chart(Testing.app(), 'test'), 'Api');
const [cluster, backup] = api.crds.map((c) => c.toJson());

describe('reference API (api/)', () => {
  test('every CRD passes the API server rules', () => {
    for (const crd of api.crds.map((c) => c.toJson())) {
      expect(validateCustomResourceDefinition(crd).map((f) => formatCrdFinding(f, crd))).toEqual([]);
    }
  });

  test('CacheCluster: v1 storage, v1alpha1 served and deprecated with a warning', () => {
    expect(api.cacheCluster.storageApiVersion).toBe('cache.opkit.dev/v1');
    expect(api.cacheCluster.servedVersions).toEqual(['v1', 'v1alpha1']);
    const alpha = cluster.spec.versions.find((v: any) => v.name === 'v1alpha1');
    expect(alpha).toMatchObject({ served: true, storage: false, deprecated: true });
    expect(alpha.deprecationWarning).toContain('use cache.opkit.dev/v1');
  });

  test('CacheCluster v1: scale, int-or-string, list-map users, immutability, messageExpression, conditions', () => {
    const v1 = cluster.spec.versions.find((v: any) => v.name === 'v1');
    const spec = v1.schema.openAPIV3Schema.properties.spec;
    const status = v1.schema.openAPIV3Schema.properties.status;
    expect(v1.subresources.scale).toEqual({ specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas', labelSelectorPath: '.status.selector' });
    expect(spec.properties.maxUnavailable['x-kubernetes-int-or-string']).toBe(true);
    expect(spec.properties.users['x-kubernetes-list-map-keys']).toEqual(['name']);
    expect(spec.properties.storage.properties.storageClassName['x-kubernetes-validations'][0].rule).toBe('self == oldSelf');
    expect(spec['x-kubernetes-validations'][0].messageExpression).toContain('self.version');
    expect(status.properties.conditions['x-kubernetes-list-map-keys']).toEqual(['type']);
    expect(status.properties.observedGeneration.format).toBe('int64');
    expect(v1.additionalPrinterColumns.map((c: any) => c.name)).toEqual(['Engine', 'Version', 'Replicas', 'Ready', 'Status', 'Endpoint', 'Age']);
  });

  test('CacheBackup references a cluster immutably and needs exactly one destination', () => {
    const spec = backup.spec.versions[0].schema.openAPIV3Schema.properties.spec;
    expect(spec.required).toEqual(['clusterRef', 'destination']);
    expect(spec.properties.clusterRef['x-kubernetes-validations'][0].rule).toBe('self == oldSelf');
    expect(spec.properties.destination['x-kubernetes-validations'][0].rule).toBe('(has(self.s3) ? 1 : 0) + (has(self.volume) ? 1 : 0) == 1');
  });

  test('both kinds of the group land in one import module, with the storage version as the plain class', () => {
    // imports/ holds the compiled module (.js + .d.ts), see lib/importer/generate-group.ts.
    const module = fs.readFileSync(path.join(ROOT, 'imports', 'cache.opkit.dev.js'), 'utf8');
    const types = fs.readFileSync(path.join(ROOT, 'imports', 'cache.opkit.dev.d.ts'), 'utf8');
    expect(module).toMatch(/class CacheCluster extends cdk8s_1\.ApiObject[\s\S]*?apiVersion: 'cache\.opkit\.dev\/v1',/);
    expect(types).toContain('export declare class CacheClusterV1Alpha1 extends ApiObject');
    expect(types).toContain('export declare class CacheBackup extends ApiObject');
  });

  test('the committed dist/ has both CRDs before the Custom Resources, in every environment folder', () => {
    // dist/ has one folder per environment (and cluster); files in path order, as Argo CD and kubectl list them.
    const dist = path.join(ROOT, 'dist');
    const files = listFiles(dist).filter((f) => !f.startsWith('argocd/'));
    const folders = [...new Set(files.map((f) => path.posix.dirname(f)))];
    expect(folders.length).toBeGreaterThan(0);
    const kinds = new Set<string>();
    for (const folder of folders) {
      const docs = files.filter((f) => path.posix.dirname(f) === folder)
        .flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(dist, f), 'utf8')).map((d) => d.toJS()));
      const crdNames = docs.filter((d) => d.kind === 'CustomResourceDefinition').map((d) => d.metadata.name);
      expect(crdNames, folder).toEqual(['cacheclusters.cache.opkit.dev', 'cachebackups.cache.opkit.dev']);
      const lastCrd = docs.map((d) => d.kind).lastIndexOf('CustomResourceDefinition');
      const crs = docs.map((d, i) => [d.kind, i] as const).filter(([k]) => k === 'CacheCluster' || k === 'CacheBackup');
      crs.forEach(([k]) => kinds.add(k));
      for (const [, i] of crs) expect(i, folder).toBeGreaterThan(lastCrd);
    }
    expect([...kinds].sort()).toEqual(['CacheBackup', 'CacheCluster']);
  });
});
