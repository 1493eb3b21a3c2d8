import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createValidator, Manifest, runChecksPerFolder, validationCheck } from '../lib/internal';
import { kubernetesSchemasDir } from '../lib/validate/builtin-schemas';
import { KUBE_RELEASES, NEWEST_KUBE_RELEASE } from '../lib/validate/kube-releases';
import { servedApiFindings } from '../lib/validate/served-apis';
import { generateKubernetesSchemas, releasesIn } from '../scripts/kubernetes-schemas-generate';
import { ROOT } from './helpers';

const OPENAPI = path.join(ROOT, '..', 'shared', 'kubernetes-openapi');
const haveOpenapi = fs.existsSync(OPENAPI);
if (!haveOpenapi) console.warn(`kubernetes-schemas.test: ${OPENAPI} is absent: the staleness check of schemas/kubernetes is skipped`);

const m = (object: Record<string, any>): Manifest => ({ object, origin: { file: 'mem.yaml' } });
const lines = (kubeVersion: string, ...objects: Record<string, any>[]) =>
  createValidator({ kubeVersion }).validate(objects.map(m)).map((f) => `${f.severity} ${f.field ? `${f.field}: ` : ''}${f.message}`);
const pod = (spec: Record<string, any>) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'x' }, spec });

describe('schemas/kubernetes: generated from the API servers\' OpenAPI v3 documents', () => {
  test.skipIf(!haveOpenapi)('is what `npm run schemas` generates from ../shared/kubernetes-openapi (regenerate when this fails)', () => {
    const dir = kubernetesSchemasDir();
    const generated = generateKubernetesSchemas(OPENAPI);
    const committed = (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.json')).map((f) => f.split(path.sep).join('/')).sort();
    expect(committed).toEqual([...generated.keys()]);
    for (const [rel, content] of generated) expect(fs.readFileSync(path.join(dir, rel), 'utf8') === content, `${rel} is stale: run npm run schemas`).toBe(true);
  });

  test.skipIf(!haveOpenapi)('ships exactly the releases of ../shared/kubernetes-openapi', () => {
    expect([...KUBE_RELEASES]).toEqual(releasesIn(OPENAPI));
    expect(NEWEST_KUBE_RELEASE).toBe('1.35');
  });

  test('is found from the package root by its package.json name', () => {
    expect(kubernetesSchemasDir()).toBe(path.join(ROOT, 'schemas', 'kubernetes'));
  });
});

describe('built-in kinds of the selected release', () => {
  test('fields arrive with their release: sidecar restartPolicy (1.28), resourceClaimTemplateName (1.31)', () => {
    const sidecar = pod({ initContainers: [{ name: 's', image: 'i', restartPolicy: 'Always' }], containers: [{ name: 'a', image: 'b' }] });
    expect(lines('1.27', sidecar)).toEqual(['error spec.initContainers[0].restartPolicy: field not declared in schema']);
    // 1.28 declares the field, but its feature gate (SidecarContainers, beta in 1.29) is off: the Go-coded check warns.
    expect(lines('1.28', sidecar)).toEqual(['warning spec.initContainers[0].restartPolicy: ignored: restartPolicy on an init container (a sidecar) needs the SidecarContainers feature gate, off by default before Kubernetes 1.29; the API server drops the field']);
    expect(lines('1.29', sidecar)).toEqual([]);
    const job = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', namespace: 'x' },
      spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'a', image: 'b' }], resourceClaims: [{ name: 'gpu', resourceClaimTemplateName: 'gpu' }] } } } };
    expect(lines('1.30', job)).toEqual(['error spec.template.spec.resourceClaims[0].resourceClaimTemplateName: field not declared in schema']);
    expect(lines('1.31', job)).toEqual([]);
    expect(lines(NEWEST_KUBE_RELEASE, job)).toEqual([]);
  });

  test('list-map keys and sets are unique as the OpenAPI declares them, with the API server\'s messages', () => {
    const ports = pod({ containers: [{ name: 'a', image: 'b', ports: [{ containerPort: 88, protocol: 'UDP' }, { containerPort: 88, protocol: 'TCP' }, { protocol: 'TCP', containerPort: 88 }],
      env: [{ name: 'A', value: '1' }, { name: 'A', value: '2' }] }] });
    expect(lines('1.35', ports)).toEqual([
      'error spec.containers[0].ports[2]: Duplicate value: {"containerPort":88,"protocol":"TCP"}',
      'error spec.containers[0].env[1]: Duplicate value: {"name":"A"}',
    ]);
    const owner = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', name, uid: 'u-1' });
    const meta = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'x', finalizers: ['a/b', 'a/b'], ownerReferences: [owner('a'), owner('b')] } };
    // finalizers (set) and ownerReferences (map keyed by uid) carry list types in the OpenAPI of later releases only.
    expect(lines('1.35', meta)).toEqual([
      'error metadata.finalizers[1]: Duplicate value: "a/b"',
      'error metadata.ownerReferences[1]: Duplicate value: {"uid":"u-1"}',
    ]);
    expect(lines('1.27', meta)).toEqual([]);
    // A wrong type in metadata is reported once.
    expect(lines('1.35', { ...meta, metadata: { name: 'c', namespace: 'x', finalizers: 3 } }))
      .toEqual(['error metadata.finalizers: Invalid value: "integer": metadata.finalizers in body must be of type array: "integer"']);
  });

  test('scope comes from the API paths: namespaced kinds need a namespace in GitOps output, cluster-scoped ones do not', () => {
    const v = createValidator({ requireNamespace: true });
    const kinds = [['v1', 'ConfigMap'], ['v1', 'Namespace'], ['rbac.authorization.k8s.io/v1', 'ClusterRole'], ['apps/v1', 'Deployment'], ['storage.k8s.io/v1', 'StorageClass']];
    const missing = v.validate(kinds.map(([apiVersion, kind]) => m({ apiVersion, kind, metadata: { name: 'n' }, ...(kind === 'StorageClass' ? { provisioner: 'p' } : {}), ...(kind === 'Deployment' ? { spec: { selector: {}, template: { spec: { containers: [{ name: 'a' }] } } } } : {}) })))
      .filter((f) => f.rule === 'object.namespace').map((f) => f.object?.kind);
    expect(missing).toEqual(['ConfigMap', 'Deployment']);
  });

  test('a CustomResourceDefinition cannot replace a built-in kind (the API server serves its own first)', () => {
    const crd = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'configmaps.core' },
      spec: { group: '', names: { kind: 'ConfigMap', plural: 'configmaps' }, scope: 'Namespaced', versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object' } } }] } };
    const f = createValidator({ crds: [crd] }).validate([m({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, dta: {} })]);
    expect(f.map((x) => `${x.field}: ${x.message}`)).toEqual(['dta: field not declared in schema']);
  });
});

describe('served apiVersions (as pluto and kubent report them)', () => {
  test('an apiVersion removed before the shipped releases is an error naming the release and the replacement', () => {
    expect(servedApiFindings('1.32', 'batch/v1beta1', 'CronJob')).toEqual([{ severity: 'error', rule: 'api.removed', field: 'apiVersion',
      message: 'batch/v1beta1 CronJob: not served since 1.25; use batch/v1' }]);
    expect(servedApiFindings('1.32', 'extensions/v1beta1', 'Deployment')[0].message).toBe('extensions/v1beta1 Deployment: not served since 1.16; use apps/v1');
    expect(servedApiFindings('1.32', 'policy/v1beta1', 'PodDisruptionBudget')[0].message).toBe('policy/v1beta1 PodDisruptionBudget: not served since 1.25; use policy/v1');
    expect(servedApiFindings('1.32', 'policy/v1beta1', 'PodSecurityPolicy')[0].message)
      .toBe('policy/v1beta1 PodSecurityPolicy: not served since 1.25; use nothing: PodSecurityPolicy has no replacement; use Pod Security Admission');
  });

  test('removals inside the shipped range come from the data; before removal the apiVersion is a deprecation warning', () => {
    expect(servedApiFindings('1.32', 'flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema')[0].message)
      .toBe('flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema: not served since 1.32; use flowcontrol.apiserver.k8s.io/v1');
    expect(servedApiFindings('1.30', 'flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema')).toEqual([{ severity: 'warning', rule: 'api.deprecated',
      message: 'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema: deprecated, removed in Kubernetes 1.32; use flowcontrol.apiserver.k8s.io/v1' }]);
    expect(servedApiFindings('1.35', 'apps/v1', 'Deployment')).toEqual([]);
  });

  test('an apiVersion a later release adds is not served by an older one', () => {
    expect(servedApiFindings('1.30', 'resource.k8s.io/v1', 'ResourceClaim')[0].message)
      .toBe('resource.k8s.io/v1 ResourceClaim: not served by Kubernetes 1.30, only from 1.34 on; Kubernetes 1.30 serves it as resource.k8s.io/v1alpha2');
  });

  test('an unknown kind in a built-in group-version is an error, with the kind it was probably meant to be', () => {
    expect(servedApiFindings('1.35', 'v1', 'configmap')).toEqual([{ severity: 'error', rule: 'api.unknown-kind', message: 'no kind "configmap" in v1; did you mean ConfigMap?' }]);
    expect(servedApiFindings('1.35', 'batch/v1', 'Cron')[0].message).toBe('no kind "Cron" in batch/v1 (Kubernetes 1.35 serves CronJob, Job)');
    expect(servedApiFindings('1.35', 'example.com/v1', 'Widget')).toEqual([]);
  });

  test('through the validator: a removed apiVersion is the object\'s only finding', () => {
    const cronJob = { apiVersion: 'batch/v1beta1', kind: 'CronJob', metadata: { name: 'c', namespace: 'x' }, spec: {} };
    expect(lines('1.35', cronJob)).toEqual(['error apiVersion: batch/v1beta1 CronJob: not served since 1.25; use batch/v1']);
  });
});

describe('the release reaches every entry point', () => {
  test('runChecksPerFolder gives each folder its cluster\'s release, and validationCheck validates for it', () => {
    const sidecar = pod({ initContainers: [{ name: 's', image: 'i', restartPolicy: 'Always' }], containers: [{ name: 'a', image: 'b' }] });
    const manifests: Manifest[] = [
      { object: sidecar, origin: { file: 'dist/old/pod.yaml' } },
      { object: sidecar, origin: { file: 'dist/new/pod.yaml' } },
    ];
    const findings = runChecksPerFolder([validationCheck()], manifests, undefined,
      (folder) => ({ 'dist/old': '1.27', 'dist/new': '1.30' })[folder]);
    expect(findings.map((f) => `${f.origin?.file} ${f.field}`)).toEqual(['dist/old/pod.yaml spec.initContainers[0].restartPolicy']);
  });
});
