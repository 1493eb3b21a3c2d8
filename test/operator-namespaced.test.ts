import { Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { CustomResourceDefinition, ManagedKinds, Operator, Verbs } from '../lib';
import { chartWithCrds, labels, synthOperator } from './operator-fixtures';

const SUBJECT = { kind: 'ServiceAccount', name: 'db-operator-controller-manager', namespace: 'db-system' };
const EVENTS = { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] };
const DATABASE_RULES = [
  { apiGroups: ['db.example.com'], resources: ['databases'], verbs: ['get', 'list', 'watch', 'update', 'patch'] },
  { apiGroups: ['db.example.com'], resources: ['databases/status'], verbs: ['get', 'update', 'patch'] },
  { apiGroups: ['db.example.com'], resources: ['databases/finalizers'], verbs: ['update'] },
];

describe('watchNamespaces: the controller\'s grants as Roles in the namespaces it watches', () => {
  const { objects, operator } = synthOperator({
    watchNamespaces: ['team-a', 'team-b'],
    manages: [ManagedKinds.statefulSets(), ManagedKinds.secrets('reads the database password', Verbs.READ)],
  });
  const roles = objects.filter((o) => o.kind === 'Role' && o.metadata.name === 'db-operator-manager-role');

  test('no manager ClusterRole or ClusterRoleBinding', () => {
    expect(objects.filter((o) => o.metadata.name?.startsWith('db-operator-manager-')).map((o) => `${o.kind} ${o.metadata.namespace}`)).toEqual([
      'Role team-a', 'RoleBinding team-a', 'Role team-b', 'RoleBinding team-b',
    ]);
    expect(operator.clusterRole).toBeUndefined();
  });

  test('each Role has events, the CR rules and the child kinds; the secrets reason is recorded on each', () => {
    for (const [i, namespace] of ['team-a', 'team-b'].entries()) {
      expect(roles[i]).toEqual({
        apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role',
        metadata: {
          name: 'db-operator-manager-role', namespace, labels: labels('rbac'),
          annotations: { 'opkit.dev/accept': 'rbac.secrets: reads the database password' },
        },
        rules: [
          EVENTS, ...DATABASE_RULES,
          { apiGroups: ['apps'], resources: ['statefulsets'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] },
          { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] },
        ],
      });
    }
  });

  test('each RoleBinding binds its namespace\'s Role to the controller\'s ServiceAccount', () => {
    const bindings = objects.filter((o) => o.kind === 'RoleBinding' && o.metadata.name === 'db-operator-manager-rolebinding');
    expect(bindings.map((b) => ({ ns: b.metadata.namespace, roleRef: b.roleRef, subjects: b.subjects }))).toEqual(['team-a', 'team-b'].map((ns) => ({
      ns, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'db-operator-manager-role' }, subjects: [SUBJECT],
    })));
  });

  test('the manager is told to watch those namespaces (WATCH_NAMESPACE), after the env it was given', () => {
    const { objects: withEnv } = synthOperator({ watchNamespaces: ['team-a', 'team-b'], env: { LOG_LEVEL: 'debug' } });
    const container = withEnv.find((o) => o.kind === 'Deployment').spec.template.spec.containers[0];
    expect(container.env).toEqual([{ name: 'LOG_LEVEL', value: 'debug' }, { name: 'WATCH_NAMESPACE', value: 'team-a,team-b' }]);
  });

  test('grants added after construction reach every Role', () => {
    const { chart, database } = chartWithCrds();
    const op = new Operator(chart, 'Operator', {
      name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [database], watchNamespaces: ['team-a', 'team-b'],
    });
    op.grantManage(ManagedKinds.configMaps(['get']));
    const out = Testing.synth(chart).filter((o) => o.kind === 'Role' && o.metadata.name === 'db-operator-manager-role');
    expect(out.map((r) => r.rules.at(-1))).toEqual([
      { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }, { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
    ]);
  });

  test('a cluster-scoped CRD stays in a ClusterRole (a Role cannot grant it), with events; the namespaced one goes to the Roles', () => {
    const { chart, database } = chartWithCrds();
    const tenant = new CustomResourceDefinition(chart, 'Tenant', {
      group: 'db.example.com', kind: 'Tenant', scope: 'Cluster', versions: [{ name: 'v1', schema: { type: 'object' } }],
    });
    new Operator(chart, 'Operator', {
      name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [database, tenant], watchNamespaces: ['team-a'],
    });
    const out = Testing.synth(chart);
    const clusterRole = out.find((o) => o.kind === 'ClusterRole' && o.metadata.name === 'db-operator-manager-role');
    expect(clusterRole.rules).toEqual([
      EVENTS,
      { apiGroups: ['db.example.com'], resources: ['tenants'], verbs: ['get', 'list', 'watch', 'update', 'patch'] },
      { apiGroups: ['db.example.com'], resources: ['tenants/status'], verbs: ['get', 'update', 'patch'] },
      { apiGroups: ['db.example.com'], resources: ['tenants/finalizers'], verbs: ['update'] },
    ]);
    expect(out.find((o) => o.kind === 'ClusterRoleBinding' && o.metadata.name === 'db-operator-manager-rolebinding').subjects).toEqual([SUBJECT]);
    expect(out.find((o) => o.kind === 'Role' && o.metadata.name === 'db-operator-manager-role').rules).toEqual([EVENTS, ...DATABASE_RULES]);
  });

  test('without watchNamespaces, one ClusterRole as before and no WATCH_NAMESPACE', () => {
    const { objects: clusterWide } = synthOperator();
    expect(clusterWide.filter((o) => o.metadata.name === 'db-operator-manager-role').map((o) => o.kind)).toEqual(['ClusterRole']);
    expect(clusterWide.find((o) => o.kind === 'Deployment').spec.template.spec.containers[0].env).toBeUndefined();
  });

  test.each([
    [[], 'watchNamespaces is empty: list the namespaces of the Custom Resources, or leave it out to watch all'],
    [['Team-A'], 'watchNamespaces: "Team-A" is not a namespace name (a lower-case DNS label)'],
    [['a', 'a'], 'watchNamespaces lists a namespace twice'],
  ])('rejects %j', (watchNamespaces, message) => {
    expect(() => synthOperator({ watchNamespaces })).toThrow(`test/Operator: ${message}`);
  });

  test('rejects WATCH_NAMESPACE in env next to watchNamespaces', () => {
    expect(() => synthOperator({ watchNamespaces: ['a'], env: { WATCH_NAMESPACE: 'b' } }))
      .toThrow('test/Operator: env.WATCH_NAMESPACE is set by watchNamespaces: remove it from env');
  });
});
