import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createValidator, Manifest, parseYaml } from '../lib/internal';
import { ROOT } from './helpers';

const CRDS = path.join(__dirname, '..', '..', 'shared', 'crds');
const exists = fs.existsSync(CRDS);
if (!exists) console.warn(`validate-real-crds: ${CRDS} is absent; the third-party CRD tests are skipped`);

describe.skipIf(!exists)('real third-party CRDs (../shared/crds)', () => {
  const load = (file: string) => parseYaml(fs.readFileSync(path.join(CRDS, file), 'utf8'), file).manifests[0].object;
  const validator = () => createValidator({
    crds: ['monitoring.coreos.com_servicemonitors.yaml', 'monitoring.coreos.com_prometheuses.yaml', 'argoproj.io_application.yaml', 'cert-manager.io_issuers.yaml'].map(load),
  });
  const v = exists ? validator() : undefined;
  const check = (object: Record<string, any>) => v!.validate([{ object, origin: { file: 'cr.yaml' } } as Manifest]).map((f) => `${f.field}: ${f.message}`);

  test('the CRD objects are valid apiextensions.k8s.io/v1 objects of the selected release (selectableFields from 1.30)', () => {
    const crds = fs.readdirSync(CRDS).filter((f) => f.endsWith('.yaml')).map((f) => ({ object: load(f), origin: { file: f } }));
    const withSelectableFields = crds.filter((c) => c.object.spec.versions[0].selectableFields);
    expect(withSelectableFields.length).toBeGreaterThan(0);
    const lines = (kubeVersion: string) => createValidator({ kubeVersion }).validate(crds).map((f) => `${f.origin?.file} ${f.field}: ${f.message}`);
    // The CRD object is checked against the apiextensions.k8s.io/v1 schema of that release: a 1.29 API server
    // refuses selectableFields under strict field validation, 1.30 (beta) and later accept it.
    const refused = withSelectableFields.map((c) => `${c.origin.file} spec.versions[0].selectableFields: field not declared in schema`);
    expect(lines('1.27')).toEqual(refused);
    expect(lines('1.29')).toEqual(refused);
    expect(lines('1.30')).toEqual([]);
    expect(lines('1.35')).toEqual([]);
    expect(createValidator().validate(crds)).toEqual([]);
  });

  test('ServiceMonitor: accepted, and rejected on pattern, enum and unknown field', () => {
    const sm = (endpoint: Record<string, unknown>, extra = {}) => ({ apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor',
      metadata: { name: 'web', namespace: 'mon' }, spec: { selector: { matchLabels: { app: 'web' } }, endpoints: [{ port: 'http', ...endpoint }], ...extra } });
    expect(check(sm({ interval: '30s', scheme: 'https' }))).toEqual([]);
    expect(check(sm({ interval: 'often', scheme: 'ftp' }))).toEqual([
      "spec.endpoints[0].interval: Invalid value: \"often\": spec.endpoints[0].interval in body should match '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$'",
      'spec.endpoints[0].scheme: Unsupported value: "ftp": supported values: "http", "https", "HTTP", "HTTPS"',
    ]);
    // An unknown field fails strict decoding: the object is rejected for it alone.
    expect(check(sm({ interval: 'often', scheme: 'ftp' }, { sise: 1 }))).toEqual(['spec.sise: field not declared in schema']);
  });

  test('Argo CD Application: accepted, and rejected on required fields', () => {
    const app = (spec: Record<string, unknown>) => ({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'opkit', namespace: 'argocd' }, spec });
    expect(check(app({ project: 'default', destination: { server: 'https://kubernetes.default.svc', namespace: 'apps' },
      source: { repoURL: 'https://example.com/repo.git', path: 'dist', targetRevision: 'main' }, syncPolicy: { automated: { prune: true } } }))).toEqual([]);
    expect(check(app({ destination: {}, source: { path: 'dist' } }))).toEqual([
      'spec.project: Required value',
      'spec.source.repoURL: Required value',
    ]);
  });

  test('cert-manager Issuer: accepted, and rejected on a wrong type', () => {
    const issuer = (spec: Record<string, unknown>) => ({ apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'ca', namespace: 'apps' }, spec });
    expect(check(issuer({ selfSigned: {} }))).toEqual([]);
    expect(check(issuer({ ca: { secretName: 42 } }))).toEqual([
      'spec.ca.secretName: Invalid value: "integer": spec.ca.secretName in body must be of type string: "integer"',
      // the Issuer has CEL rules: a type error blocks them, and the API server says so
      'undefined: Invalid value: "null": some validation rules were not checked because the object was invalid; correct the existing errors to complete validation',
    ]);
  });

  test('Prometheus: accepted, and rejected on a bound and an int-or-string', () => {
    const prom = (spec: Record<string, unknown>) => ({ apiVersion: 'monitoring.coreos.com/v1', kind: 'Prometheus', metadata: { name: 'k8s', namespace: 'mon' }, spec });
    expect(check(prom({ replicas: 2, retention: '15d', serviceMonitorSelector: {}, resources: { requests: { memory: '400Mi' } } }))).toEqual([]);
    expect(check(prom({ retention: '15 days', resources: { requests: { memory: true } } }))).toEqual([
      "spec.retention: Invalid value: \"15 days\": spec.retention in body should match '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$'",
      'spec.resources.requests.memory: Invalid value: "boolean": spec.resources.requests.memory in body must be of type integer,string: "boolean"',
      'undefined: Invalid value: "null": some validation rules were not checked because the object was invalid; correct the existing errors to complete validation',
    ]);
    // a pattern error alone does not block the CEL rules: they run, and pass here
    expect(check(prom({ retention: '15 days' }))).toEqual([
      "spec.retention: Invalid value: \"15 days\": spec.retention in body should match '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$'",
    ]);
  });

  test('Prometheus: its 5 CEL rules run in the validator, each violation reported with the API server message and path', () => {
    const prom = (spec: Record<string, unknown>) => ({ apiVersion: 'monitoring.coreos.com/v1', kind: 'Prometheus', metadata: { name: 'k8s', namespace: 'mon' }, spec });
    expect(check(prom({ shards: 3, shardingStrategy: { mode: 'Topology', topology: { values: ['a', 'b', 'c'] } },
      remoteWrite: [{ url: 'https://rw.example.com', sigv4: { roleArn: 'arn:aws:iam::1:role/x', externalId: 'e' } }] }))).toEqual([]);
    expect(check(prom({
      shardingStrategy: { mode: 'Address', topology: { values: ['a'] } },
      updateStrategy: { type: 'OnDelete', rollingUpdate: { maxUnavailable: '10%' } },
      remoteWrite: [{ url: 'https://ok' }, { url: 'https://rw', sigv4: { externalId: 'e' } }],
      alerting: { alertmanagers: [{ name: 'am', namespace: 'mon', port: 'web', sigv4: { externalId: 'x' } }] },
    }))).toEqual([
      'spec.alerting.alertmanagers[0].sigv4: Invalid value: "object": externalId can only be used when roleArn is specified',
      'spec.remoteWrite[1].sigv4: Invalid value: "object": externalId can only be used when roleArn is specified',
      "spec.shardingStrategy: Invalid value: \"object\": topology can only be defined when mode is set to 'Topology'",
      'spec.updateStrategy: Invalid value: "object": rollingUpdate requires type to be RollingUpdate',
    ]);
    expect(check(prom({ shards: 2, shardingStrategy: { mode: 'Topology', topology: { values: ['a', 'b', 'c'] } } }))).toEqual([
      'spec: Invalid value: "object": shards must be greater than or equal to the number of topology values when sharding strategy mode is Topology',
    ]);
  });

  test('cert-manager Issuer: its CEL rule runs in the validator (exactly one venafi backend)', () => {
    const issuer = (venafi: Record<string, unknown>) => ({ apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'v', namespace: 'apps' }, spec: { venafi } });
    const tpp = { url: 'https://tpp', credentialsRef: { name: 'c' } };
    expect(check(issuer({ zone: 'z', tpp }))).toEqual([]);
    const message = 'spec.venafi: Invalid value: "object": exactly one of tpp, cloud, or ngts must be configured';
    expect(check(issuer({ zone: 'z', tpp, cloud: { apiTokenSecretRef: { name: 't' } } }))).toEqual([message]);
    expect(check(issuer({ zone: 'z' }))).toEqual([message]);
  });

  test('opkit validate --crd with a real CRD reports its CEL rule for a custom resource on stdin', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'validate', '--crd', path.join(CRDS, 'cert-manager.io_issuers.yaml'), '-'], {
      encoding: 'utf8', input: 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: v, namespace: apps}\nspec:\n  venafi: {zone: z}\n' });
    expect(r.stdout).toBe('<stdin>:5:3: error: document 1: Issuer apps/v: spec.venafi: Invalid value: "object": exactly one of tpp, cloud, or ngts must be configured [cel.rule]\n'
      + 'invalid: 1 object, 1 error, 0 warnings\n');
    expect(r.status).toBe(1);
  });

  test('2,000 Prometheus objects validate with one compilation (the throughput target is in npm run bench)', () => {
    const objects = Array.from({ length: 2000 }, (_, i) => ({ object: { apiVersion: 'monitoring.coreos.com/v1', kind: 'Prometheus',
      metadata: { name: `p${i}`, namespace: 'mon' }, spec: { replicas: 2, retention: '15d', serviceMonitorSelector: { matchLabels: { team: 'a' } },
        containers: [{ name: 'c', image: 'i', ports: [{ containerPort: 9090 }] }], tolerations: [{ key: 'k', operator: 'Exists' }] } }, origin: {} }));
    v!.validate(objects.slice(0, 1)); // compile once
    expect(v!.validate(objects)).toEqual([]);
  });
});
