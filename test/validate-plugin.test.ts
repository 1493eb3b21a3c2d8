import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, Chart, Testing } from 'cdk8s';
import type * as Manager from 'cdk8s-cli/lib/plugins/_manager';
import type * as Validation from 'cdk8s-cli/lib/plugins/validation';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { OpkitValidation } from '../lib';
import { ROOT, tempDir } from './helpers';

// cdk8s-cli's export map hides its plugin modules; load them by path (types come from its .d.ts files).
const cli = path.join(ROOT, 'node_modules', 'cdk8s-cli', 'lib', 'plugins');
const { ValidationContext } = require(path.join(cli, 'validation.js')) as typeof Validation;
const { PluginManager } = require(path.join(cli, '_manager.js')) as typeof Manager;
const dir = tempDir('opkit-plugin-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Synthesizes a chart with one good and one bad object and returns the manifest files, as cdk8s synth does. */
function synthApp(): string[] {
  const app = Testing.app({ outdir: dir });
  const chart = new Chart(app, 'web', { namespace: 'apps' });
  new ApiObject(chart, 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { a: 'b' } });
  new ApiObject(chart, 'svc', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { ports: [{ port: 'eighty' }] } });
  new ApiObject(chart, 'typo', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'typo' }, spec: { ports: [{ port: 'eighty' }], tyype: 'ClusterIP' } });
  app.synth();
  return fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
}

describe('the cdk8s validation plugin', () => {
  test('reports violations through cdk8s-cli\'s ValidationContext, the way `cdk8s synth` calls it', async () => {
    const manifests = synthApp();
    const context = new ValidationContext(manifests, 'opkit', '0.1.0', { web: { path: 'web/svc' }, typo: { path: 'web/typo' } });
    vi.spyOn(context.logger, 'log').mockImplementation(() => undefined);
    await new OpkitValidation({ requireNamespace: true }).validate(context);
    expect(context.report.success).toBe(false);
    const json = context.report.toJson();
    expect(json.summary).toMatchObject({ status: 'failure', metadata: { objects: '3', errors: '2', warnings: '0' } });
    expect(json.violations.map((v) => [v.ruleName, v.recommendation, v.violatingConstructs.map((c) => [c.resourceName, c.constructPath, c.locations])])).toEqual([
      ['schema.type', 'Invalid value: "string": spec.ports[0].port in body must be of type integer: "string"', [['web', 'web/svc', ['spec.ports[0].port (line 16)']]]],
      // An unknown field fails strict decoding: that object is rejected for it alone (its port type is not reported).
      ['schema.unknown-field', 'field not declared in schema', [['typo', 'web/typo', ['spec.tyype (line 26)']]]],
    ]);
  });

  test('runs the CEL rules of the CRDs it is given, for its kubeVersion', async () => {
    const file = path.join(dir, 'volumes.yaml');
    fs.writeFileSync(file, 'apiVersion: example.com/v1\nkind: Volume\nmetadata: {name: huge, namespace: apps}\nspec: {size: 1Ti, storageClassName: fast}\n');
    const crd = path.join(ROOT, 'test', 'fixtures', 'validate', 'volume-crd.yaml');
    const context = new ValidationContext([file], 'opkit', '0.1.0');
    await new OpkitValidation({ crds: [crd], kubeVersion: '1.28' }).validate(context);
    expect(context.report.success).toBe(false);
    expect(context.report.toJson().violations.map((v) => [v.ruleName, v.recommendation, v.violatingConstructs.map((c) => c.locations)])).toEqual([
      ['cel.rule', 'Invalid value: "object": size may be at most 10Gi, got 1Ti', [['spec (line 4)']]],
    ]);
  });

  test('a valid app passes', async () => {
    const file = path.join(dir, 'ok.yaml');
    fs.writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok, namespace: apps}\n');
    const context = new ValidationContext([file], 'opkit', '0.1.0');
    await new OpkitValidation().validate(context);
    expect(context.report.success).toBe(true);
  });

  test('cdk8s-cli loads it from the CLI bundle, as `validations: [{package: ./build/opkit.js, class: OpkitValidation}]`', () => {
    const loaded = new PluginManager(path.join(dir, 'plugins')).load({
      pkg: path.join(ROOT, 'build', 'opkit.js'), version: '0.1.0', class: 'OpkitValidation', properties: { strictSchemas: true },
    });
    expect(typeof (loaded.instance as OpkitValidation).validate).toBe('function');
  });
});
