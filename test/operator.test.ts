import { Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { ManagedKinds, Operator, UserError, Verbs } from '../lib';
import { chartWithCrds, EGRESS, labels, PROMETHEUS, SELECTOR, synthOperator, userRole } from './operator-fixtures';

const SUBJECT = { kind: 'ServiceAccount', name: 'db-operator-controller-manager', namespace: 'db-system' };
const MANAGE = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

describe('Operator with defaults', () => {
  const { objects, find } = synthOperator();

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
      'Deployment db-operator-controller-manager',
      'Service db-operator-controller-manager-metrics-service',
      'ClusterRole db-operator-metrics-auth-role',
      'ClusterRoleBinding db-operator-metrics-auth-rolebinding',
      'ClusterRole db-operator-metrics-reader',
      'NetworkPolicy db-operator-controller-manager',
    ]);
  });

  test('the Namespace enforces, audits and warns on the restricted Pod Security Standard', () => {
    expect(find('Namespace', 'db-system')).toEqual({
      apiVersion: 'v1', kind: 'Namespace',
      metadata: {
        name: 'db-system',
        labels: labels('namespace', {
          'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'latest',
          'pod-security.kubernetes.io/audit': 'restricted', 'pod-security.kubernetes.io/audit-version': 'latest',
          'pod-security.kubernetes.io/warn': 'restricted', 'pod-security.kubernetes.io/warn-version': 'latest',
        }),
      },
      spec: {},
    });
  });

  test('the ServiceAccount mounts its token (cdk8s-plus turns it off by default)', () => {
    expect(find('ServiceAccount', 'db-operator-controller-manager')).toEqual({
      apiVersion: 'v1', kind: 'ServiceAccount',
      metadata: { name: 'db-operator-controller-manager', namespace: 'db-system', labels: labels('rbac') },
      automountServiceAccountToken: true,
    });
  });

  test('the manager ClusterRole: events, and reconcile verbs on the CRD, its status and finalizers; no wildcard', () => {
    const role = find('ClusterRole', 'db-operator-manager-role');
    expect(role).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole',
      metadata: { name: 'db-operator-manager-role', labels: labels('rbac') },
      rules: [
        { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] },
        { apiGroups: ['db.example.com'], resources: ['databases'], verbs: ['get', 'list', 'watch', 'update', 'patch'] },
        { apiGroups: ['db.example.com'], resources: ['databases/status'], verbs: ['get', 'update', 'patch'] },
        { apiGroups: ['db.example.com'], resources: ['databases/finalizers'], verbs: ['update'] },
      ],
    });
    expect(JSON.stringify(role)).not.toContain('*');
  });

  test('the manager ClusterRoleBinding is cluster-scoped and names the ServiceAccount with its namespace', () => {
    expect(find('ClusterRoleBinding', 'db-operator-manager-rolebinding')).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding',
      metadata: { name: 'db-operator-manager-rolebinding', labels: labels('rbac') },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'db-operator-manager-role' },
      subjects: [SUBJECT],
    });
  });

  test('leader election: a Role on configmaps, leases and events in the namespace, bound to the ServiceAccount', () => {
    expect(find('Role', 'db-operator-leader-election-role')).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role',
      metadata: { name: 'db-operator-leader-election-role', namespace: 'db-system', labels: labels('rbac') },
      rules: [
        { apiGroups: [''], resources: ['configmaps'], verbs: MANAGE },
        { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: MANAGE },
        { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] },
      ],
    });
    expect(find('RoleBinding', 'db-operator-leader-election-rolebinding')).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding',
      metadata: { name: 'db-operator-leader-election-rolebinding', namespace: 'db-system', labels: labels('rbac') },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'db-operator-leader-election-role' },
      subjects: [SUBJECT],
    });
  });

  test('admin, editor and viewer roles of the CRD aggregate into admin, edit and view', () => {
    expect(find('ClusterRole', 'db-operator-databases-admin-role')).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole',
      metadata: {
        name: 'db-operator-databases-admin-role',
        labels: labels('rbac', { 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' }),
      },
      rules: [
        { apiGroups: ['db.example.com'], resources: ['databases'], verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] },
        { apiGroups: ['db.example.com'], resources: ['databases/status'], verbs: ['get'] },
      ],
    });
    expect(find('ClusterRole', 'db-operator-databases-editor-role'))
      .toEqual(userRole('databases', 'editor', ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']));
    expect(find('ClusterRole', 'db-operator-databases-viewer-role'))
      .toEqual(userRole('databases', 'viewer', ['get', 'list', 'watch']));
  });

  test('the Deployment: stable selector, probes, resources, restricted security context, leader election', () => {
    expect(find('Deployment', 'db-operator-controller-manager')).toEqual({
      apiVersion: 'apps/v1', kind: 'Deployment',
      metadata: { name: 'db-operator-controller-manager', namespace: 'db-system', labels: labels('controller') },
      spec: {
        minReadySeconds: 0,
        progressDeadlineSeconds: 600,
        replicas: 1,
        selector: { matchLabels: SELECTOR },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
        template: {
          metadata: {
            labels: labels('controller'),
            annotations: { 'kubectl.kubernetes.io/default-container': 'manager' },
          },
          spec: {
            automountServiceAccountToken: true,
            serviceAccountName: 'db-operator-controller-manager',
            containers: [{
              name: 'manager',
              image: 'example/db:v1.2.3',
              imagePullPolicy: 'IfNotPresent',
              args: ['--leader-elect', '--health-probe-bind-address=:8081', '--metrics-bind-address=:8443'],
              ports: [{ containerPort: 8081, name: 'health' }, { containerPort: 8443, name: 'https' }],
              livenessProbe: {
                httpGet: { path: '/healthz', port: 8081, scheme: 'HTTP' },
                initialDelaySeconds: 15, periodSeconds: 20, failureThreshold: 3,
              },
              readinessProbe: {
                httpGet: { path: '/readyz', port: 8081, scheme: 'HTTP' },
                initialDelaySeconds: 5, periodSeconds: 10, failureThreshold: 3,
              },
              resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } },
              securityContext: {
                runAsNonRoot: true,
                privileged: false,
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
            }],
            dnsPolicy: 'ClusterFirst',
            hostNetwork: false,
            restartPolicy: 'Always',
            setHostnameAsFQDN: false,
            terminationGracePeriodSeconds: 10,
            securityContext: { runAsNonRoot: true, fsGroupChangePolicy: 'Always', seccompProfile: { type: 'RuntimeDefault' } },
          },
        },
      },
    });
  });

  test('the metrics Service serves https on 8443 and selects the controller by its stable labels', () => {
    expect(find('Service', 'db-operator-controller-manager-metrics-service')).toEqual({
      apiVersion: 'v1', kind: 'Service',
      metadata: { name: 'db-operator-controller-manager-metrics-service', namespace: 'db-system', labels: labels('metrics') },
      spec: { ports: [{ name: 'https', port: 8443, protocol: 'TCP', targetPort: 8443 }], selector: SELECTOR },
    });
  });

  test('metrics auth (TokenReview, SubjectAccessReview) is bound to the ServiceAccount; metrics-reader is not bound', () => {
    expect(find('ClusterRole', 'db-operator-metrics-auth-role')).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole',
      metadata: { name: 'db-operator-metrics-auth-role', labels: labels('metrics') },
      rules: [
        { apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'], verbs: ['create'] },
        { apiGroups: ['authorization.k8s.io'], resources: ['subjectaccessreviews'], verbs: ['create'] },
      ],
    });
    expect(find('ClusterRoleBinding', 'db-operator-metrics-auth-rolebinding')).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding',
      metadata: { name: 'db-operator-metrics-auth-rolebinding', labels: labels('metrics') },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'db-operator-metrics-auth-role' },
      subjects: [SUBJECT],
    });
    expect(find('ClusterRole', 'db-operator-metrics-reader')).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole',
      metadata: { name: 'db-operator-metrics-reader', labels: labels('metrics') },
      rules: [{ nonResourceURLs: ['/metrics'], verbs: ['get'] }],
    });
  });

  test('the NetworkPolicy denies all traffic but metrics from Prometheus in, DNS and the API server out', () => {
    expect(find('NetworkPolicy', 'db-operator-controller-manager')).toEqual({
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy',
      metadata: { name: 'db-operator-controller-manager', namespace: 'db-system', labels: labels('network-policy') },
      spec: {
        podSelector: { matchLabels: SELECTOR },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [PROMETHEUS], ports: [{ port: 8443, protocol: 'TCP' }] }],
        egress: EGRESS,
      },
    });
  });

  test('every object carries the standard labels; cluster-scoped objects carry no namespace', () => {
    const clusterScoped = ['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition'];
    for (const o of objects.filter((x) => x.kind !== 'CustomResourceDefinition')) {
      expect(o.metadata.labels, `${o.kind} ${o.metadata.name}`).toMatchObject(labels(o.metadata.labels['app.kubernetes.io/component']));
      if (clusterScoped.includes(o.kind)) expect(o.metadata.namespace, `${o.kind} ${o.metadata.name}`).toBeUndefined();
      else expect(o.metadata.namespace, `${o.kind} ${o.metadata.name}`).toBe('db-system');
    }
  });
});

describe('Operator selector labels', () => {
  test('do not depend on the construct path: moving the construct leaves the Deployment and Services unchanged', () => {
    const here = synthOperator({}, 'Operator');
    const moved = synthOperator({}, 'SomewhereElse');
    for (const kind of ['Deployment', 'Service', 'NetworkPolicy']) {
      expect(moved.objects.filter((o) => o.kind === kind)).toEqual(here.objects.filter((o) => o.kind === kind));
    }
    expect(JSON.stringify(here.objects)).not.toContain('cdk8s.io/metadata.addr');
  });
});

describe('Operator switches', () => {
  test('metrics: false removes the Service and roles and turns the endpoint off', () => {
    const { objects, find } = synthOperator({ metrics: false });
    expect(objects.filter((o) => o.metadata.labels?.['app.kubernetes.io/component'] === 'metrics')).toEqual([]);
    const container = find('Deployment', 'db-operator-controller-manager').spec.template.spec.containers[0];
    expect(container.args).toEqual(['--leader-elect', '--health-probe-bind-address=:8081', '--metrics-bind-address=0']);
    expect(container.ports).toEqual([{ containerPort: 8081, name: 'health' }]);
    expect(find('NetworkPolicy', 'db-operator-controller-manager').spec.ingress).toEqual([]);
  });

  test('networkPolicy: false and createNamespace: false leave those objects out', () => {
    const { objects } = synthOperator({ networkPolicy: false, createNamespace: false });
    expect(objects.filter((o) => o.kind === 'NetworkPolicy' || o.kind === 'Namespace')).toEqual([]);
  });

  test('instance, version, podSecurityVersion, extra args and env reach the objects', () => {
    const { find } = synthOperator({
      instance: 'blue', version: 'v9', podSecurityVersion: 'v1.30', extraArgs: ['--zap-log-level=debug'], env: { GOMEMLIMIT: '100MiB' },
    });
    const deploy = find('Deployment', 'db-operator-controller-manager');
    expect(deploy.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'db-operator', 'app.kubernetes.io/instance': 'blue' });
    expect(deploy.metadata.labels['app.kubernetes.io/version']).toBe('v9');
    const container = deploy.spec.template.spec.containers[0];
    expect(container.args.at(-1)).toBe('--zap-log-level=debug');
    expect(container.env).toEqual([{ name: 'GOMEMLIMIT', value: '100MiB' }]);
    expect(find('Namespace', 'db-system').metadata.labels['pod-security.kubernetes.io/enforce-version']).toBe('v1.30');
  });

  test('a digest-only image carries no version label', () => {
    const digest = `example/db@sha256:${'a'.repeat(64)}`;
    const { find } = synthOperator({ image: digest });
    const deploy = find('Deployment', 'db-operator-controller-manager');
    expect(deploy.metadata.labels['app.kubernetes.io/version']).toBeUndefined();
    expect(deploy.spec.template.spec.containers[0].image).toBe(digest);
  });

  test('grants added after construction reach the ClusterRole once, however often they are requested', () => {
    const { chart, database } = chartWithCrds();
    const operator = new Operator(chart, 'Operator', { name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [database] });
    operator.grantManage(ManagedKinds.configMaps(Verbs.READ));
    operator.grantManage(ManagedKinds.configMaps(Verbs.READ));
    operator.grantReconcile(database);
    const role = Testing.synth(chart).find((o) => o.metadata.name === 'db-operator-manager-role');
    expect(role.rules.filter((r: any) => r.resources[0] === 'configmaps')).toEqual([
      { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] },
    ]);
    expect(role.rules.filter((r: any) => r.resources[0] === 'databases')).toHaveLength(1);
  });

  test('importedKinds get reconcile rules but no user roles', () => {
    const { find, objects } = synthOperator({ importedKinds: [{ group: 'monitoring.coreos.com', plural: 'servicemonitors' }] });
    expect(find('ClusterRole', 'db-operator-manager-role').rules).toContainEqual(
      { apiGroups: ['monitoring.coreos.com'], resources: ['servicemonitors/finalizers'], verbs: ['update'] });
    expect(objects.map((o) => o.metadata.name)).not.toContain('db-operator-servicemonitors-admin-role');
  });
});

describe('Operator rejects bad input with the construct path and the fix', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['an image without a tag', { image: 'example/db' },
      'test/Operator: image "example/db" has no tag: pin it with a version tag (e.g. "example/db:v1.2.3") or a digest ("example/db@sha256:...")'],
    ['the latest tag', { image: 'registry:5000/example/db:latest' },
      'test/Operator: image "registry:5000/example/db:latest" uses the mutable tag "latest": pin it with a version tag (e.g. "registry:5000/example/db:v1.2.3") or a digest ("registry:5000/example/db@sha256:...")'],
    ['a registry port mistaken for a tag', { image: 'localhost:5000/db' },
      'test/Operator: image "localhost:5000/db" has no tag: pin it with a version tag (e.g. "localhost:5000/db:v1.2.3") or a digest ("localhost:5000/db@sha256:...")'],
    ['a malformed digest', { image: 'example/db@sha256:abc' },
      'test/Operator: image "example/db@sha256:abc" has a malformed digest: expected sha256: and 64 lowercase hex digits'],
    ['a name that is not a DNS label', { name: 'DB_Operator' },
      'test/Operator: name "DB_Operator" must be a lower-case DNS label of at most 28 characters (letters, digits, "-"), since it prefixes every object name: e.g. "cache-operator"'],
    ['a name too long for the metrics Service', { name: 'a'.repeat(29) },
      `test/Operator: name "${'a'.repeat(29)}" must be a lower-case DNS label of at most 28 characters`],
    ['zero replicas', { replicas: 0 }, 'test/Operator/Controller: replicas must be a whole number of at least 1, got 0'],
    ['serviceMonitor without metrics', { metrics: false, serviceMonitor: true },
      'test/Operator: serviceMonitor needs metrics: remove `metrics: false` or `serviceMonitor: true`'],
    ['conversion without a multi-version CRD', { conversionWebhook: true },
      'test/Operator: conversionWebhook is set but no CRD has more than one version: remove it, or add a version'],
    ['secrets without a reason', { manages: [{ apiGroup: '', resource: 'secrets', verbs: ['get'] }] },
      'test/Operator/Rbac: grant of "secrets" needs a reason: use ManagedKinds.secrets(\'<why the controller reads secrets>\') or set `reason`'],
    ['a wildcard verb', { manages: [{ apiGroup: 'apps', resource: 'statefulsets', verbs: ['*'] }] },
      'test/Operator/Rbac: grant of "statefulsets" uses the wildcard "*": name the group, resource and verbs explicitly'],
    ['no verbs', { manages: [{ apiGroup: 'apps', resource: 'statefulsets', verbs: [] }] },
      'test/Operator/Rbac: grant of "statefulsets" has no verbs: list the verbs the controller uses'],
  ];
  // A UserError: runApp prints the message alone, without the hint to look at the stack.
  test.each(cases)('%s', (_name, props, message) => {
    expect(() => synthOperator(props as any)).toThrow(message);
    expect(() => synthOperator(props as any)).toThrow(UserError);
  });
});
