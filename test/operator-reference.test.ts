import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHECKS } from '../app/checks';
import { ENVIRONMENTS, OPERATOR_NAMESPACE } from '../app/environments';
import { checkPolicy, formatFinding, Manifest, readManifestTree, runChecksPerFolder } from '../lib/internal';
import { ROOT } from './helpers';
import { findOne } from './operator-fixtures';

// The committed dist/ of the reference operator (test/drift.test.ts proves it equals a fresh synth), read back
// as Argo CD reads it: one folder per Application, each applied to its own cluster.
const { manifests, findings: readFindings } = readManifestTree(path.join(ROOT, 'dist'), 'dist');
const folderOf = (m: Manifest) => path.posix.dirname(m.origin.file!);
const folders = [...new Set(manifests.map(folderOf))];
const lines = (fs: readonly Parameters<typeof formatFinding>[0][]) => fs.map((f) => `${formatFinding(f)} [${f.rule}] ${f.origin?.file ?? ''}`);

describe('the committed reference dist/ has zero findings', () => {
  test('it reads without errors, in the folders the environments define', () => {
    expect(lines(readFindings)).toEqual([]);
    expect(folders.sort()).toEqual(['dist/argocd', 'dist/argocd/patches', 'dist/dev', 'dist/prod/eu-west-1', 'dist/prod/us-east-1']);
  });

  test.each(folders)('policyCheck over %s', (folder) => {
    const inFolder = manifests.filter((m) => folderOf(m) === folder);
    expect(inFolder.length).toBeGreaterThan(0);
    expect(lines(checkPolicy(inFolder))).toEqual([]);
  });

  test('every check the synth runs (schemas, CEL, CRD rules, policy, uniqueness), per folder, errors and warnings', () => {
    // The committed output as its own previous version: a re-synth of the same code, transition rules included.
    expect(lines(runChecksPerFolder(CHECKS, manifests, manifests))).toEqual([]);
  });
});

const environmentFolders = ENVIRONMENTS.flatMap((e) => (e.clusters.length === 1
  ? [{ folder: `dist/${e.name}`, env: e }] : e.clusters.map((c) => ({ folder: `dist/${e.name}/${c.name}`, env: e }))));

describe.each(environmentFolders)('reference operator wiring in $folder', ({ folder, env }) => {
  const objects = manifests.filter((m) => folderOf(m) === folder).map((m) => m.object);
  const one = (kind: string, name?: string) => findOne(objects, kind, name);
  const webhookService = one('Service', 'cache-operator-webhook-service');
  const certificate = one('Certificate', 'cache-operator-serving-cert');
  const deployment = one('Deployment');
  const injectCaFrom = `${OPERATOR_NAMESPACE}/${certificate.metadata.name}`;
  const callsWebhookService = (service: any, webhookPath: string) => expect(service).toEqual({
    name: webhookService.metadata.name, namespace: OPERATOR_NAMESPACE, path: webhookPath, port: 443,
  });

  test('the two-version CRD converts through the webhook Service, with the CA of the folder\'s Certificate', () => {
    const crd = one('CustomResourceDefinition', 'cacheclusters.cache.opkit.dev');
    expect(crd.spec.versions.map((v: any) => v.name)).toEqual(['v1', 'v1alpha1']);
    expect(crd.metadata.annotations['cert-manager.io/inject-ca-from']).toBe(injectCaFrom);
    expect(crd.spec.conversion.strategy).toBe('Webhook');
    expect(crd.spec.conversion.webhook.conversionReviewVersions).toEqual(['v1']);
    callsWebhookService(crd.spec.conversion.webhook.clientConfig.service, '/convert');
    // The one-version CRD needs no conversion and gets no CA.
    const backup = one('CustomResourceDefinition', 'cachebackups.cache.opkit.dev');
    expect(backup.spec.versions).toHaveLength(1);
    expect(backup.spec.conversion).toBeUndefined();
    expect(backup.metadata.annotations['cert-manager.io/inject-ca-from']).toBeUndefined();
  });

  test('the validating webhook calls the webhook Service with the CA injected; Service → 9443 on the controller', () => {
    const config = one('ValidatingWebhookConfiguration');
    expect(config.metadata.annotations['cert-manager.io/inject-ca-from']).toBe(injectCaFrom);
    expect(config.webhooks.map((w: any) => w.name)).toEqual(['vcachecluster-v1.cache.opkit.dev']);
    callsWebhookService(config.webhooks[0].clientConfig.service, '/validate-cache-opkit-dev-v1-cachecluster');
    expect(webhookService.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(webhookService.spec.ports).toEqual([{ port: 443, protocol: 'TCP', targetPort: 9443 }]);
  });

  test('the Certificate is for the webhook Service and its Secret is what the controller mounts', () => {
    expect(certificate.spec.dnsNames).toEqual([
      `${webhookService.metadata.name}.${OPERATOR_NAMESPACE}.svc`, `${webhookService.metadata.name}.${OPERATOR_NAMESPACE}.svc.cluster.local`,
    ]);
    expect(one('Issuer', certificate.spec.issuerRef.name).spec).toEqual({ selfSigned: {} });
    expect(deployment.spec.template.spec.volumes).toContainEqual({ name: 'cert', secret: { secretName: certificate.spec.secretName, defaultMode: 420 } });
  });

  test('the NetworkPolicy selects the controller pods: metrics from Prometheus, webhooks on 9443; out, DNS and the API server', () => {
    const policy = one('NetworkPolicy');
    expect(policy.spec.podSelector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(policy.spec.ingress.map((r: any) => `${r.ports.map((p: any) => p.port)} from ${JSON.stringify(r.from ?? 'anywhere')}`)).toEqual([
      '8443 from [{"namespaceSelector":{"matchLabels":{"kubernetes.io/metadata.name":"monitoring"}},"podSelector":{"matchLabels":{"app.kubernetes.io/name":"prometheus"}}}]',
      '9443 from "anywhere"',
    ]);
    expect(policy.spec.egress.map((r: any) => r.ports.map((p: any) => `${p.protocol}/${p.port}`).join(' '))).toEqual(['UDP/53 TCP/53', 'TCP/443 TCP/6443']);
  });

  test('the controller watches only the namespaces of its Custom Resources, with a Role in each and no manager ClusterRole', () => {
    const cacheNamespaces = [...new Set(env.caches.map((c) => c.namespace))];
    expect(objects.filter((o) => o.kind === 'ClusterRole' && o.metadata.name === 'cache-operator-manager-role')).toEqual([]);
    const roles = objects.filter((o) => o.kind === 'Role' && o.metadata.name === 'cache-operator-manager-role');
    expect(roles.map((r) => r.metadata.namespace)).toEqual(cacheNamespaces);
    const bindings = objects.filter((o) => o.kind === 'RoleBinding' && o.metadata.name === 'cache-operator-manager-rolebinding');
    expect(bindings.map((b) => `${b.metadata.namespace} ${b.roleRef.kind}/${b.roleRef.name}`)).toEqual(cacheNamespaces.map((n) => `${n} Role/cache-operator-manager-role`));
    expect(deployment.spec.template.spec.containers[0].env).toEqual([{ name: 'WATCH_NAMESPACE', value: cacheNamespaces.join(',') }]);
    // Each namespace exists in the same folder (Argo CD applies Namespaces first within a wave).
    for (const n of cacheNamespaces) expect(one('Namespace', n).metadata.name).toBe(n);
  });

  test('with a ServiceMonitor, it verifies the metrics certificate that the controller serves', () => {
    const monitors = objects.filter((o) => o.kind === 'ServiceMonitor');
    if (!env.operator.serviceMonitor) {
      expect(monitors).toEqual([]);
      return;
    }
    const metricsCert = one('Certificate', 'cache-operator-metrics-certs');
    const metricsService = one('Service', 'cache-operator-controller-manager-metrics-service');
    expect(metricsCert.spec.dnsNames[0]).toBe(`${metricsService.metadata.name}.${OPERATOR_NAMESPACE}.svc`);
    expect(monitors[0].spec.endpoints[0].tlsConfig).toEqual({
      ca: { secret: { name: metricsCert.spec.secretName, key: 'ca.crt' } }, serverName: metricsCert.spec.dnsNames[0],
    });
    expect(deployment.spec.template.spec.volumes).toContainEqual({ name: 'metrics-certs', secret: { secretName: metricsCert.spec.secretName, defaultMode: 420 } });
    expect(deployment.spec.template.spec.containers[0].args).toContain('--metrics-cert-path=/tmp/k8s-metrics-server/metrics-certs');
  });

  test('replicas, PodDisruptionBudget and ServiceMonitor follow the environment', () => {
    expect(deployment.spec.replicas).toBe(env.operator.replicas);
    expect(objects.filter((o) => o.kind === 'PodDisruptionBudget')).toHaveLength(env.operator.replicas > 1 ? 1 : 0);
    const monitors = objects.filter((o) => o.kind === 'ServiceMonitor');
    expect(monitors.map((o) => o.apiVersion)).toEqual(env.operator.serviceMonitor ? ['monitoring.coreos.com/v1'] : []);
  });

  test('admin, editor and viewer ClusterRoles for each CRD, aggregated into admin, edit and view', () => {
    const aggregated = objects.filter((o) => o.kind === 'ClusterRole')
      .flatMap((o) => Object.keys(o.metadata.labels).filter((l) => l.startsWith('rbac.authorization.k8s.io/aggregate-to-'))
        .map((l) => `${o.metadata.name} ${l.split('/')[1]}`));
    expect(aggregated).toEqual(['cacheclusters', 'cachebackups'].flatMap((plural) => [
      `cache-operator-${plural}-admin-role aggregate-to-admin`,
      `cache-operator-${plural}-editor-role aggregate-to-edit`,
      `cache-operator-${plural}-viewer-role aggregate-to-view`,
    ]));
  });
});
