import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, Chart, Include, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { describe, expect, test } from 'vitest';
import {
  addSyncOption, applyPasses, assignSyncWaves, CustomResourceDefinition, defaultSyncWave, MAX_CLIENT_SIDE_APPLY_BYTES,
  serverSideApplyForLargeCrds, skipDryRunWhereCrdIsElsewhere, SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION, SyncWave,
} from '../lib/internal';

const SHARED_CRDS = path.resolve(__dirname, '..', '..', 'shared', 'crds');
const APPLICATIONSET_CRD = path.join(SHARED_CRDS, 'argoproj.io_applicationset.yaml');

const annotations = (o: any) => o.metadata.annotations ?? {};
const crd = (scope: Construct, id: string, group = 'db.example.com', kind = 'Database') =>
  new CustomResourceDefinition(scope, id, { group, kind, versions: [{ name: 'v1', schema: { type: 'object' } }] });
const cr = (scope: Construct, id: string, apiVersion = 'db.example.com/v1', kind = 'Database') =>
  new ApiObject(scope, id, { apiVersion, kind, metadata: { name: id.toLowerCase(), namespace: 'apps' } });

describe('sync waves', () => {
  test('defaults: CRDs, then setup (namespace, RBAC, config), then the controller, then webhooks, then CRs', () => {
    expect(defaultSyncWave('apiextensions.k8s.io/v1', 'CustomResourceDefinition')).toBe(SyncWave.CRDS);
    for (const [v, k] of [['v1', 'Namespace'], ['v1', 'ServiceAccount'], ['rbac.authorization.k8s.io/v1', 'ClusterRole'], ['v1', 'ConfigMap']]) {
      expect(defaultSyncWave(v, k), k).toBe(SyncWave.SETUP);
    }
    // The controller's Pod mounts the webhook certificate's Secret: cert-manager objects come before it.
    expect(defaultSyncWave('cert-manager.io/v1', 'Certificate')).toBe(SyncWave.SETUP);
    expect(defaultSyncWave('cert-manager.io/v1', 'Issuer')).toBe(SyncWave.SETUP);
    expect(defaultSyncWave('apps/v1', 'Deployment')).toBe(SyncWave.CONTROLLER);
    expect(defaultSyncWave('admissionregistration.k8s.io/v1', 'ValidatingWebhookConfiguration')).toBe(SyncWave.WEBHOOKS);
    expect(defaultSyncWave('db.example.com/v1', 'Database')).toBe(SyncWave.CUSTOM_RESOURCES);
    // A CRD group that merely ends in .k8s.io is not built in.
    expect(defaultSyncWave('gateway.networking.k8s.io/v1', 'Gateway')).toBe(SyncWave.CUSTOM_RESOURCES);
    expect([SyncWave.CRDS, SyncWave.SETUP, SyncWave.CONTROLLER, SyncWave.WEBHOOKS, SyncWave.CUSTOM_RESOURCES])
      .toEqual([-10, -5, -3, -1, 0]);
  });

  test('objects written in any order come out in wave order, and a wave set by hand is kept', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'c');
    cr(chart, 'Db');
    new ApiObject(chart, 'Deploy', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'ctl' } });
    const late = new ApiObject(chart, 'Late', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late' } });
    late.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, '5');
    crd(chart, 'Crd');
    applyPasses(app);
    const out = Testing.synth(chart);
    expect(out.map((o) => [o.kind, annotations(o)[SYNC_WAVE_ANNOTATION]])).toEqual([
      ['CustomResourceDefinition', '-10'], ['Deployment', '-3'], ['Database', '0'], ['ConfigMap', '5'],
    ]);
  });

  test('within a folder, charts whose waves come earlier are written first', () => {
    const app = Testing.app();
    const env = new Construct(app, 'dev');
    cr(new Chart(env, 'a-resources'), 'Db');
    crd(new Chart(env, 'z-crds'), 'Crd');
    applyPasses(app);
    expect(app.charts.map((c) => c.node.path)).toEqual(['dev/z-crds', 'dev/a-resources']);
  });

  test('passes are idempotent', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'c');
    crd(chart, 'Crd');
    applyPasses(app);
    applyPasses(app);
    expect(annotations(Testing.synth(chart)[0])).toEqual({ [SYNC_WAVE_ANNOTATION]: '-10' });
  });
});

describe('SkipDryRunOnMissingResource', () => {
  test('only CRs whose CRD is not written to the same folder (the same Application) get it', () => {
    const app = Testing.app();
    const dev = new Construct(app, 'dev');
    crd(new Chart(dev, 'crds'), 'Crd');
    const devCrs = new Chart(dev, 'crs');
    cr(devCrs, 'Db');
    cr(devCrs, 'Monitor', 'monitoring.coreos.com/v1', 'ServiceMonitor');
    const prodCrs = new Chart(new Construct(app, 'prod'), 'crs');
    cr(prodCrs, 'Db');
    new ApiObject(prodCrs, 'Cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' } });
    applyPasses(app, [skipDryRunWhereCrdIsElsewhere]);
    const options = (chart: Chart) => Testing.synth(chart).map((o) => [o.kind, annotations(o)[SYNC_OPTIONS_ANNOTATION]]);
    expect(options(devCrs)).toEqual([['Database', undefined], ['ServiceMonitor', 'SkipDryRunOnMissingResource=true']]);
    expect(options(prodCrs)).toEqual([['Database', 'SkipDryRunOnMissingResource=true'], ['ConfigMap', undefined]]);
  });

  test('addSyncOption keeps existing options and an explicit choice for the same option', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'c');
    const o = cr(chart, 'Db');
    o.metadata.addAnnotation(SYNC_OPTIONS_ANNOTATION, 'Prune=false');
    addSyncOption(o, 'ServerSideApply=true');
    addSyncOption(o, 'ServerSideApply=false');
    addSyncOption(o, 'Prune=true');
    expect(annotations(Testing.synth(chart)[0])[SYNC_OPTIONS_ANNOTATION]).toBe('Prune=false,ServerSideApply=true');
  });
});

describe('ServerSideApply for CRDs too large for client-side apply', () => {
  test('a small CRD keeps client-side apply', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'c');
    crd(chart, 'Crd');
    applyPasses(app, [serverSideApplyForLargeCrds]);
    expect(annotations(Testing.synth(chart)[0])[SYNC_OPTIONS_ANNOTATION]).toBeUndefined();
  });

  test('a CRD of exactly the limit does not trigger; one byte more does', () => {
    const sized = (bytes: number) => {
      const app = Testing.app();
      const make = (description: string) => new CustomResourceDefinition(new Chart(app, `c${description.length}`), 'Crd', {
        group: 'db.example.com', kind: 'Database', versions: [{ name: 'v1', schema: { type: 'object', description } }],
      }).apiObject;
      const base = Buffer.byteLength(JSON.stringify(make('').toJson()));
      const o = make('x'.repeat(bytes - base));
      expect(Buffer.byteLength(JSON.stringify(o.toJson()))).toBe(bytes);
      applyPasses(app, [serverSideApplyForLargeCrds]);
      return annotations(o.toJson())[SYNC_OPTIONS_ANNOTATION];
    };
    expect(sized(MAX_CLIENT_SIDE_APPLY_BYTES)).toBeUndefined();
    expect(sized(MAX_CLIENT_SIDE_APPLY_BYTES + 1)).toBe('ServerSideApply=true');
  });

  if (!fs.existsSync(APPLICATIONSET_CRD)) console.warn(`SKIPPED: the large-CRD test needs ${APPLICATIONSET_CRD} (absent on this machine)`);
  test.skipIf(!fs.existsSync(APPLICATIONSET_CRD))('Argo CD\'s ApplicationSet CRD (1.4 MB), included from ../shared/crds', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'c');
    const [included] = new Include(chart, 'ApplicationSet', { url: APPLICATIONSET_CRD }).apiObjects;
    expect(Buffer.byteLength(JSON.stringify(included.toJson()))).toBeGreaterThan(MAX_CLIENT_SIDE_APPLY_BYTES);
    applyPasses(app);
    const [out] = Testing.synth(chart);
    expect(out.metadata.name).toBe('applicationsets.argoproj.io');
    expect(annotations(out)).toEqual({ [SYNC_OPTIONS_ANNOTATION]: 'ServerSideApply=true', [SYNC_WAVE_ANNOTATION]: '-10' });
  });
});

test('assignSyncWaves alone annotates without reordering', () => {
  const app = Testing.app();
  const chart = new Chart(app, 'c');
  cr(chart, 'Db');
  crd(chart, 'Crd');
  applyPasses(app, [assignSyncWaves]);
  expect(Testing.synth(chart).map((o) => o.kind)).toEqual(['Database', 'CustomResourceDefinition']);
});
