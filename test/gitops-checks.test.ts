import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { afterAll, expect, test } from 'vitest';
import { findPrevious, GitOpsApp, uniqueObjectsPerFolder } from '../lib/internal';
import { tempDir } from './helpers';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('uniqueObjectsPerFolder: the same object twice in one Application folder fails; in two folders it is fine', () => {
  const app = new GitOpsApp({ outdir: path.join(dir, 'dist'), checks: [uniqueObjectsPerFolder], log: () => {} });
  const cm = (chart: Chart, id: string, apiVersion = 'v1') =>
    new ApiObject(chart, id, { apiVersion, kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'apps' } });
  const dev = new Construct(app, 'dev');
  cm(new Chart(dev, 'a'), 'Settings');
  cm(new Chart(dev, 'b'), 'Settings');
  cm(new Chart(new Construct(app, 'prod'), 'a'), 'Settings');
  expect(() => app.synth()).toThrow(new RegExp('^synth failed with 1 error; .*dist/ was left unchanged:\n'
    + '  dev/b/Settings ConfigMap apps/settings: Duplicate value: the same object is already defined by dev/a/Settings in .*/dist/dev/; '
    + 'one Argo CD Application cannot sync an object twice: rename one or move it to another environment folder '
    + '\\[gitops.duplicate-object\\] \\(.*/dist/dev/01-b.yaml, document 1\\)$'));
  expect(fs.readdirSync(dir)).toEqual([]);
});

test('findPrevious matches the same object in the same folder, across versions, never another environment\'s', () => {
  const m = (file: string, apiVersion: string, name: string, replicas: number) =>
    ({ object: { apiVersion, kind: 'CacheCluster', metadata: { name, namespace: 'apps' }, spec: { replicas } }, origin: { file } });
  const previous = [
    m('dist/dev/02-caches.yaml', 'cache.opkit.dev/v1', 'sessions', 1),
    m('dist/prod/eu-west-1/02-caches.yaml', 'cache.opkit.dev/v1alpha1', 'sessions', 3),
  ];
  expect(findPrevious(m('dist/prod/eu-west-1/02-caches.yaml', 'cache.opkit.dev/v1', 'sessions', 5), previous)).toBe(previous[1]);
  expect(findPrevious(m('dist/dev/02-caches.yaml', 'cache.opkit.dev/v1', 'sessions', 2), previous)).toBe(previous[0]);
  expect(findPrevious(m('dist/prod/us-east-1/02-caches.yaml', 'cache.opkit.dev/v1', 'sessions', 3), previous)).toBeUndefined();
  expect(findPrevious(m('dist/dev/02-caches.yaml', 'cache.opkit.dev/v1', 'catalog', 3), previous)).toBeUndefined();
  expect(findPrevious(previous[0], undefined)).toBeUndefined();
});
