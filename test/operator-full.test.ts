import { Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { Certificate, Issuer } from '../lib/generated/cert-manager.io';
import { ServiceMonitor } from '../lib/generated/monitoring.coreos.com';
import { ManagedKinds, Operator, Verbs } from '../lib';
import { chartWithCrds, EGRESS, findOne, labels, PROMETHEUS, SELECTOR, synthOperator, USER_ROLE_VERBS, userRole } from './operator-fixtures';

// Everything on: 2 replicas, ServiceMonitor, validating + mutating webhooks, conversion for the two-version CRD,
// cert-manager, network policy, managed child kinds including declared secrets.
function synthFull() {
  const { chart, database, backup } = chartWithCrds();
  const operator = new Operator(chart, 'Operator', {
    name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [database, backup],
    replicas: 2,
    serviceMonitor: true,
    webhooks: {
      validating: [{ crd: database }, { crd: backup, operations: ['CREATE', 'UPDATE', 'DELETE'] }],
      mutating: [{ crd: database, path: '/default-database', failurePolicy: 'Ignore' }],
    },
    conversionWebhook: true,
    manages: [ManagedKinds.statefulSets(), ManagedKinds.services(), ManagedKinds.secrets('reads the database password', Verbs.READ)],
  });
  operator.grantManage(ManagedKinds.podDisruptionBudgets(['get', 'list', 'watch', 'create']));
  const objects = Testing.synth(chart);
  return { operator, objects, find: (kind: string, name: string) => findOne(objects, kind, name), database, backup };
}

const WEBHOOK_SERVICE = { name: 'db-operator-webhook-service', namespace: 'db-system', port: 443 };
const NOT_OWN_NAMESPACE = {
  matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system', 'db-system'] }],
};
const MOUNTS = [
  { name: 'cert', mountPath: '/tmp/k8s-webhook-server/serving-certs', readOnly: true },
  { name: 'metrics-certs', mountPath: '/tmp/k8s-metrics-server/metrics-certs', readOnly: true },
];
const VOLUMES = [
  { name: 'cert', secret: { secretName: 'db-operator-webhook-server-cert', defaultMode: 420 } },
  { name: 'metrics-certs', secret: { secretName: 'db-operator-metrics-server-cert', defaultMode: 420 } },
];
const ANTI_AFFINITY = {
  podAntiAffinity: {
    preferredDuringSchedulingIgnoredDuringExecution: [{
      weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: SELECTOR } },
    }],
  },
};
const INJECT = { 'cert-manager.io/inject-ca-from': 'db-system/db-operator-serving-cert' };

describe('Operator with everything on', () => {
  const { operator, objects, find, database: databaseCrd, backup: backupCrd } = synthFull();

  test('ServiceMonitor, Issuer and Certificate are the classes `cdk8s import` generated from the third-party CRDs', () => {
    expect(operator.metrics?.serviceMonitor).toBeInstanceOf(ServiceMonitor);
    expect(operator.certificate?.issuer).toBeInstanceOf(Issuer);
    expect(operator.certificate?.certificate).toBeInstanceOf(Certificate);
  });

  test('synthesizes exactly these objects', () => {
    expect(objects.map((o) => `${o.kind} ${o.metadata.name}`)).toEqual([
      'CustomResourceDefinition databases.db.example.com',
      'CustomResourceDefinition backups.db.example.com',
      'Namespace db-system',
      'ServiceAccount db-operator-controller-manager',
      'ClusterRole db-operator-manager-role',
      'ClusterRoleBinding db-operator-manager-rolebinding',
      'Role db-operator-leader-election-role',
      'RoleBinding db-operator-leader-election-rolebinding',
      'ClusterRole db-operator-databases-admin-role',
      'ClusterRole db-operator-databases-editor-role',
      'ClusterRole db-operator-databases-viewer-role',
      'ClusterRole db-operator-backups-admin-role',
      'ClusterRole db-operator-backups-editor-role',
      'ClusterRole db-operator-backups-viewer-role',
      'Service db-operator-webhook-service',
      'ValidatingWebhookConfiguration db-operator-validating-webhook-configuration',
      'MutatingWebhookConfiguration db-operator-mutating-webhook-configuration',
      'Issuer db-operator-selfsigned-issuer',
      'Certificate db-operator-serving-cert',
      'Certificate db-operator-metrics-certs',
      'Deployment db-operator-controller-manager',
      'PodDisruptionBudget db-operator-controller-manager',
      'Service db-operator-controller-manager-metrics-service',
      'ClusterRole db-operator-metrics-auth-role',
      'ClusterRoleBinding db-operator-metrics-auth-rolebinding',
      'ClusterRole db-operator-metrics-reader',
      'ServiceMonitor db-operator-controller-manager-metrics-monitor',
      'NetworkPolicy db-operator-controller-manager',
    ]);
  });

  test('the manager ClusterRole has each child kind with exactly its verbs; secrets are declared with the reason', () => {
    expect(find('ClusterRole', 'db-operator-manager-role')).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole',
      metadata: {
        name: 'db-operator-manager-role',
        labels: labels('rbac'),
        annotations: { 'opkit.dev/accept': 'rbac.secrets: reads the database password' },
      },
      rules: [
        { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] },
        { apiGroups: ['db.example.com'], resources: ['databases'], verbs: ['get', 'list', 'watch', 'update', 'patch'] },
        { apiGroups: ['db.example.com'], resources: ['databases/status'], verbs: ['get', 'update', 'patch'] },
        { apiGroups: ['db.example.com'], resources: ['databases/finalizers'], verbs: ['update'] },
        { apiGroups: ['db.example.com'], resources: ['backups'], verbs: ['get', 'list', 'watch', 'update', 'patch'] },
        { apiGroups: ['db.example.com'], resources: ['backups/status'], verbs: ['get', 'update', 'patch'] },
        { apiGroups: ['db.example.com'], resources: ['backups/finalizers'], verbs: ['update'] },
        { apiGroups: ['apps'], resources: ['statefulsets'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
        { apiGroups: [''], resources: ['services'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
        { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs: ['get', 'list', 'watch', 'create'] },
      ],
    });
  });

  test('the webhook Service maps 443 to the webhook server port 9443', () => {
    expect(find('Service', 'db-operator-webhook-service')).toEqual({
      apiVersion: 'v1', kind: 'Service',
      metadata: { name: 'db-operator-webhook-service', namespace: 'db-system', labels: labels('webhook') },
      spec: { ports: [{ port: 443, protocol: 'TCP', targetPort: 9443 }], selector: SELECTOR },
    });
  });

  test('the ValidatingWebhookConfiguration: one webhook per CRD, CA injected, own namespace excluded', () => {
    expect(find('ValidatingWebhookConfiguration', 'db-operator-validating-webhook-configuration')).toEqual({
      apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingWebhookConfiguration',
      metadata: { name: 'db-operator-validating-webhook-configuration', labels: labels('webhook'), annotations: INJECT },
      webhooks: [
        {
          name: 'vdatabase-v1.db.example.com',
          admissionReviewVersions: ['v1'], sideEffects: 'None', failurePolicy: 'Fail', timeoutSeconds: 10,
          clientConfig: { service: { ...WEBHOOK_SERVICE, path: '/validate-db-example-com-v1-database' } },
          rules: [{ apiGroups: ['db.example.com'], apiVersions: ['v1'], resources: ['databases'], operations: ['CREATE', 'UPDATE'] }],
          namespaceSelector: NOT_OWN_NAMESPACE,
        },
        {
          name: 'vbackup-v1.db.example.com',
          admissionReviewVersions: ['v1'], sideEffects: 'None', failurePolicy: 'Fail', timeoutSeconds: 10,
          clientConfig: { service: { ...WEBHOOK_SERVICE, path: '/validate-db-example-com-v1-backup' } },
          rules: [{ apiGroups: ['db.example.com'], apiVersions: ['v1'], resources: ['backups'], operations: ['CREATE', 'UPDATE', 'DELETE'] }],
          namespaceSelector: NOT_OWN_NAMESPACE,
        },
      ],
    });
  });

  test('the MutatingWebhookConfiguration honours a custom path and failure policy', () => {
    expect(find('MutatingWebhookConfiguration', 'db-operator-mutating-webhook-configuration')).toEqual({
      apiVersion: 'admissionregistration.k8s.io/v1', kind: 'MutatingWebhookConfiguration',
      metadata: { name: 'db-operator-mutating-webhook-configuration', labels: labels('webhook'), annotations: INJECT },
      webhooks: [{
        name: 'mdatabase-v1.db.example.com',
        admissionReviewVersions: ['v1'], sideEffects: 'None', failurePolicy: 'Ignore', timeoutSeconds: 10,
        clientConfig: { service: { ...WEBHOOK_SERVICE, path: '/default-database' } },
        rules: [{ apiGroups: ['db.example.com'], apiVersions: ['v1'], resources: ['databases'], operations: ['CREATE', 'UPDATE'] }],
        namespaceSelector: NOT_OWN_NAMESPACE,
      }],
    });
  });

  test('conversion is wired into the two-version CRD only, with the CA injected', () => {
    const backup = find('CustomResourceDefinition', 'backups.db.example.com');
    expect(backup.metadata).toEqual({ name: 'backups.db.example.com', annotations: INJECT });
    expect(backup.spec.conversion).toEqual({
      strategy: 'Webhook',
      webhook: { clientConfig: { service: { ...WEBHOOK_SERVICE, path: '/convert' } }, conversionReviewVersions: ['v1'] },
    });
    const database = find('CustomResourceDefinition', 'databases.db.example.com');
    expect(database.spec.conversion).toBeUndefined();
    expect(database.metadata).toEqual({ name: 'databases.db.example.com' });
    // The CRD constructs know it too.
    expect(backupCrd.conversionWebhook).toEqual({
      serviceName: 'db-operator-webhook-service', serviceNamespace: 'db-system', path: '/convert', port: 443, conversionReviewVersions: ['v1'],
    });
    expect(databaseCrd.hasConversionWebhook).toBe(false);
  });

  test('cert-manager: a self-signed Issuer and a Certificate for the webhook Service DNS names', () => {
    expect(find('Issuer', 'db-operator-selfsigned-issuer')).toEqual({
      apiVersion: 'cert-manager.io/v1', kind: 'Issuer',
      metadata: { name: 'db-operator-selfsigned-issuer', namespace: 'db-system', labels: labels('certificate') },
      spec: { selfSigned: {} },
    });
    expect(find('Certificate', 'db-operator-serving-cert')).toEqual({
      apiVersion: 'cert-manager.io/v1', kind: 'Certificate',
      metadata: { name: 'db-operator-serving-cert', namespace: 'db-system', labels: labels('certificate') },
      spec: {
        dnsNames: ['db-operator-webhook-service.db-system.svc', 'db-operator-webhook-service.db-system.svc.cluster.local'],
        issuerRef: { kind: 'Issuer', name: 'db-operator-selfsigned-issuer' },
        secretName: 'db-operator-webhook-server-cert',
      },
    });
  });

  test('the Deployment opens 9443, mounts the certificate, spreads 2 replicas over nodes and zones', () => {
    const deploy = find('Deployment', 'db-operator-controller-manager');
    expect(deploy.spec.replicas).toBe(2);
    const pod = deploy.spec.template.spec;
    expect(pod.containers[0].ports).toEqual([
      { containerPort: 8081, name: 'health' }, { containerPort: 8443, name: 'https' }, { containerPort: 9443, name: 'webhook-server' },
    ]);
    expect(pod.containers[0].volumeMounts).toEqual(MOUNTS);
    expect(pod.volumes).toEqual(VOLUMES);
    const spread = (topologyKey: string) => ({
      maxSkew: 1, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: SELECTOR },
    });
    expect(pod.topologySpreadConstraints).toEqual([spread('kubernetes.io/hostname'), spread('topology.kubernetes.io/zone')]);
    expect(pod.affinity).toEqual(ANTI_AFFINITY);
  });

  test('the whole Deployment, field by field', () => {
    const spread = (topologyKey: string) => ({
      maxSkew: 1, topologyKey, whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: SELECTOR },
    });
    expect(find('Deployment', 'db-operator-controller-manager')).toEqual({
      apiVersion: 'apps/v1', kind: 'Deployment',
      metadata: { name: 'db-operator-controller-manager', namespace: 'db-system', labels: labels('controller') },
      spec: {
        minReadySeconds: 0, progressDeadlineSeconds: 600, replicas: 2,
        selector: { matchLabels: SELECTOR },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
        template: {
          metadata: { labels: labels('controller'), annotations: { 'kubectl.kubernetes.io/default-container': 'manager' } },
          spec: {
            automountServiceAccountToken: true,
            serviceAccountName: 'db-operator-controller-manager',
            containers: [{
              name: 'manager', image: 'example/db:v1.2.3', imagePullPolicy: 'IfNotPresent',
              args: ['--leader-elect', '--health-probe-bind-address=:8081', '--metrics-bind-address=:8443',
                '--metrics-cert-path=/tmp/k8s-metrics-server/metrics-certs'],
              ports: [
                { containerPort: 8081, name: 'health' }, { containerPort: 8443, name: 'https' },
                { containerPort: 9443, name: 'webhook-server' },
              ],
              livenessProbe: { httpGet: { path: '/healthz', port: 8081, scheme: 'HTTP' }, initialDelaySeconds: 15, periodSeconds: 20, failureThreshold: 3 },
              readinessProbe: { httpGet: { path: '/readyz', port: 8081, scheme: 'HTTP' }, initialDelaySeconds: 5, periodSeconds: 10, failureThreshold: 3 },
              resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } },
              securityContext: {
                runAsNonRoot: true, privileged: false, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: MOUNTS,
            }],
            volumes: VOLUMES,
            topologySpreadConstraints: [spread('kubernetes.io/hostname'), spread('topology.kubernetes.io/zone')],
            affinity: ANTI_AFFINITY,
            dnsPolicy: 'ClusterFirst', hostNetwork: false, restartPolicy: 'Always', setHostnameAsFQDN: false,
            terminationGracePeriodSeconds: 10,
            securityContext: { runAsNonRoot: true, fsGroupChangePolicy: 'Always', seccompProfile: { type: 'RuntimeDefault' } },
          },
        },
      },
    });
  });

  test('the PodDisruptionBudget keeps all but one replica up', () => {
    expect(find('PodDisruptionBudget', 'db-operator-controller-manager')).toEqual({
      apiVersion: 'policy/v1', kind: 'PodDisruptionBudget',
      metadata: { name: 'db-operator-controller-manager', namespace: 'db-system', labels: labels('controller') },
      spec: { maxUnavailable: 1, selector: { matchLabels: SELECTOR }, unhealthyPodEvictionPolicy: 'AlwaysAllow' },
    });
  });

  test('the ServiceMonitor scrapes the metrics Service over https with the bearer token, as kubebuilder', () => {
    expect(find('ServiceMonitor', 'db-operator-controller-manager-metrics-monitor')).toEqual({
      apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor',
      metadata: { name: 'db-operator-controller-manager-metrics-monitor', namespace: 'db-system', labels: labels('metrics') },
      spec: {
        endpoints: [{
          path: '/metrics', port: 'https', scheme: 'https',
          bearerTokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token',
          // Verified against the CA of the metrics certificate the controller serves.
          tlsConfig: {
            ca: { secret: { name: 'db-operator-metrics-server-cert', key: 'ca.crt' } },
            serverName: 'db-operator-controller-manager-metrics-service.db-system.svc',
          },
        }],
        selector: { matchLabels: { ...SELECTOR, 'app.kubernetes.io/component': 'metrics' } },
      },
    });
    // The monitor selects the metrics Service and nothing else of the operator.
    const services = objects.filter((o) => o.kind === 'Service'
      && Object.entries({ ...SELECTOR, 'app.kubernetes.io/component': 'metrics' }).every(([k, v]) => o.metadata.labels[k] === v));
    expect(services.map((s) => s.metadata.name)).toEqual(['db-operator-controller-manager-metrics-service']);
  });

  test('the NetworkPolicy: metrics from Prometheus, webhooks on 9443 only; egress to DNS and the API server only', () => {
    expect(find('NetworkPolicy', 'db-operator-controller-manager')).toEqual({
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy',
      metadata: { name: 'db-operator-controller-manager', namespace: 'db-system', labels: labels('network-policy') },
      spec: {
        podSelector: { matchLabels: SELECTOR },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          { from: [PROMETHEUS], ports: [{ port: 8443, protocol: 'TCP' }] },
          { ports: [{ port: 9443, protocol: 'TCP' }] },
        ],
        egress: EGRESS,
      },
    });
  });

  test('the metrics Certificate is for the metrics Service, from the same Issuer, in the Secret the controller mounts', () => {
    expect(operator.metricsCertificate?.issuer).toBe(operator.certificate?.issuer);
    expect(find('Certificate', 'db-operator-metrics-certs')).toEqual({
      apiVersion: 'cert-manager.io/v1', kind: 'Certificate',
      metadata: { name: 'db-operator-metrics-certs', namespace: 'db-system', labels: labels('certificate') },
      spec: {
        dnsNames: ['db-operator-controller-manager-metrics-service.db-system.svc',
          'db-operator-controller-manager-metrics-service.db-system.svc.cluster.local'],
        issuerRef: { kind: 'Issuer', name: 'db-operator-selfsigned-issuer' },
        secretName: 'db-operator-metrics-server-cert',
      },
    });
  });

  test('the second CRD gets its own admin, editor and viewer roles', () => {
    for (const role of ['admin', 'editor', 'viewer'] as const) {
      expect(find('ClusterRole', `db-operator-backups-${role}-role`)).toEqual(userRole('backups', role, USER_ROLE_VERBS[role]));
    }
  });

  test('every other object equals, field by field, the default operator\'s (asserted in operator.test.ts)', () => {
    const defaults = synthOperator().objects;
    const unchanged = [
      'Namespace db-system', 'ServiceAccount db-operator-controller-manager', 'ClusterRoleBinding db-operator-manager-rolebinding',
      'Role db-operator-leader-election-role', 'RoleBinding db-operator-leader-election-rolebinding',
      'ClusterRole db-operator-databases-admin-role', 'ClusterRole db-operator-databases-editor-role',
      'ClusterRole db-operator-databases-viewer-role', 'Service db-operator-controller-manager-metrics-service',
      'ClusterRole db-operator-metrics-auth-role', 'ClusterRoleBinding db-operator-metrics-auth-rolebinding',
      'ClusterRole db-operator-metrics-reader',
    ];
    for (const id of unchanged) {
      const [kind, name] = id.split(' ');
      const expected = defaults.find((o) => o.kind === kind && o.metadata.name === name);
      expect(expected, id).toBeDefined();
      expect(find(kind, name), id).toEqual(expected);
    }
  });
});

describe('webhooks without cert-manager', () => {
  test('certManager: false leaves out Issuer, Certificate and CA injection but still mounts the secret', () => {
    const { chart, database } = chartWithCrds();
    new Operator(chart, 'Operator', {
      name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [database],
      webhooks: { validating: [{ crd: { group: 'other.example.com', version: 'v2', kind: 'Thing', plural: 'things' } }] },
      certManager: false,
    });
    const objects = Testing.synth(chart);
    expect(objects.filter((o) => o.apiVersion === 'cert-manager.io/v1')).toEqual([]);
    const config = objects.find((o) => o.kind === 'ValidatingWebhookConfiguration');
    expect(config.metadata.annotations).toBeUndefined();
    expect(config.webhooks[0].rules).toEqual([{ apiGroups: ['other.example.com'], apiVersions: ['v2'], resources: ['things'], operations: ['CREATE', 'UPDATE'] }]);
    expect(config.webhooks[0].clientConfig.service.path).toBe('/validate-other-example-com-v2-thing');
    const pod = objects.find((o) => o.kind === 'Deployment').spec.template.spec;
    expect(pod.volumes).toEqual([{ name: 'cert', secret: { secretName: 'db-operator-webhook-server-cert', defaultMode: 420 } }]);
  });
});
