import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, Chart } from 'cdk8s';
import { afterAll, describe, expect, test } from 'vitest';
import { GitOpsApp, GitOpsAppProps } from '../lib';
import { tempDir } from './helpers';

// Secure by default: a GitOpsApp given no `checks` validates what it writes; opting out is `checks: []`.
describe('GitOpsApp checks by default', () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const synth = (objects: Record<string, any>[], props: GitOpsAppProps = {}) => {
    const app = new GitOpsApp({ outdir: path.join(dir, `dist${n++}`), log: () => {}, ...props });
    const chart = new Chart(app, 'app');
    objects.forEach((o, i) => new ApiObject(chart, `o${i}`, o as any));
    return () => app.synth();
  };
  const badReplicas = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'ns' }, spec: { replicas: 'two' } };
  const noNamespace = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { a: 'b' } };
  const role = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'ns' } });

  test('schemas: an invalid built-in object fails the synth', () => {
    expect(synth([badReplicas])).toThrow(/spec\.replicas: Invalid value: "string": spec\.replicas in body must be of type integer/);
  });

  test('GitOps output: a namespaced object without a namespace fails', () => {
    expect(synth([noNamespace])).toThrow(/metadata\.namespace: Required value/);
  });

  test('one definition per object in each folder', () => {
    expect(synth([role('same'), role('same')])).toThrow(/Duplicate value: the same object is already defined by/);
  });

  test('opting out is explicit: checks: [] writes the same objects', () => {
    expect(synth([badReplicas, noNamespace], { checks: [] })).not.toThrow();
  });
});
