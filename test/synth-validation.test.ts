import * as fs from 'node:fs';
import * as path from 'node:path';
import { Chart } from 'cdk8s';
import { afterAll, describe, expect, test } from 'vitest';
import { CacheApi } from '../api';
import { CHECKS } from '../app/checks';
import { CacheCluster, CacheClusterSpecEngine } from '../imports/cache.opkit.dev';
import { GitOpsApp } from '../lib';
import { readTree, tempDir } from './helpers';

// The reference app's checks at synth: a Custom Resource the API server would reject never reaches dist/.
describe('synth validates every object before dist/ is replaced', () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const out = path.join(dir, 'dist');

  // `spec` is loosely typed on purpose: the imported class would reject most of these at compile time.
  const synthWith = (spec: Record<string, unknown>) => {
    const app = new GitOpsApp({ outdir: out, checks: CHECKS, log: () => {} });
    const chart = new Chart(app, 'caches');
    new CacheApi(chart, 'Api');
    new CacheCluster(chart, 'Cache', { metadata: { name: 'c', namespace: 'apps' }, spec: spec as any });
    return () => app.synth();
  };
  const base = { engine: CacheClusterSpecEngine.VALKEY, version: '8.0', storage: { storageClassName: 'fast', size: '1Gi' } };

  test('a valid Custom Resource synthesizes', () => {
    expect(synthWith(base)).not.toThrow();
    expect(Object.keys(readTree(out))).toEqual(['caches.yaml']);
  });

  test('schema and CEL violations fail the synth, all reported with construct path, and dist/ is unchanged', () => {
    const before = readTree(out);
    const synth = synthWith({ ...base, engine: CacheClusterSpecEngine.REDIS, replicas: 50, version: '8.x' });
    let message = '';
    try { synth(); } catch (e) { message = (e as Error).message; }
    expect(message).toContain('dist/ was left unchanged');
    expect(message).toContain('caches/Cache CacheCluster apps/c: spec.replicas: Invalid value: 50: spec.replicas in body should be less than or equal to 9');
    expect(message).toContain("caches/Cache CacheCluster apps/c: spec.version: Invalid value: \"8.x\": spec.version in body should match '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$'");
    expect(readTree(out)).toEqual(before);
  });

  test('CEL rules run once the structure is valid, with messageExpression', () => {
    let message = '';
    try { synthWith({ ...base, engine: CacheClusterSpecEngine.REDIS, version: '8.0' })(); } catch (e) { message = (e as Error).message; }
    expect(message).toContain('caches/Cache CacheCluster apps/c: spec: Invalid value: "object": engine redis is only supported in 7.x (later releases are not open source), got 8.0');
  });

  test('an immutable field changed against the committed output fails (transition rule, as on update)', () => {
    let message = '';
    try {
      synthWith({ ...base, storage: { storageClassName: 'slow', size: '1Gi' } })();
    } catch (e) { message = (e as Error).message; }
    expect(message).toMatch(/caches\/Cache CacheCluster apps\/c: spec\.storage\.storageClassName: Invalid value: "string": .*immutable/);
  });
});
