import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, Chart } from 'cdk8s';
import { afterEach, describe, expect, test } from 'vitest';
import { GitOpsApp } from '../lib';
import { readTree, tempDir } from './helpers';

describe('GitOpsApp', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const workdir = () => { const d = tempDir(); dirs.push(d); return d; };

  const appWith = (outdir: string, names: string[]) => {
    const app = new GitOpsApp({ outdir });
    for (const name of names) {
      new ApiObject(new Chart(app, name), 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } });
    }
    return app;
  };

  test('a synth that throws leaves the previous output byte-identical and no staging folder', () => {
    const dir = workdir();
    const out = path.join(dir, 'dist');
    appWith(out, ['one']).synth();
    const before = readTree(out);

    const app = appWith(out, ['two']);
    const chart = new Chart(app, 'broken');
    chart.node.addValidation({ validate: () => ['deliberately broken'] });
    expect(() => app.synth()).toThrow(/deliberately broken/);

    expect(readTree(out)).toEqual(before);
    expect(fs.readdirSync(dir)).toEqual(['dist']);
  });

  test('a chart removed from the app disappears from the output', () => {
    const out = path.join(workdir(), 'dist');
    appWith(out, ['one', 'two']).synth();
    expect(Object.keys(readTree(out)).sort()).toEqual(['one.k8s.yaml', 'two.k8s.yaml']);
    appWith(out, ['one']).synth();
    expect(Object.keys(readTree(out))).toEqual(['one.k8s.yaml']);
  });
});
