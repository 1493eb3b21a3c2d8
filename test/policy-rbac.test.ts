import { describe, expect, test } from 'vitest';
import { policyLines } from './policy-fixtures';

const role = (rules: any[], kind = 'ClusterRole') => ({
  apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name: 'r', ...(kind === 'Role' ? { namespace: 'apps' } : {}) }, rules,
});

describe('RBAC policy', () => {
  test('explicit rules pass', () => {
    expect(policyLines(role([{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list'] }]))).toEqual([]);
  });

  test('wildcards in verbs, resources, apiGroups and nonResourceURLs', () => {
    expect(policyLines(role([
      { apiGroups: ['*'], resources: ['deployments'], verbs: ['get'] },
      { apiGroups: ['apps'], resources: ['*'], verbs: ['*'] },
      { nonResourceURLs: ['/metrics/*'], verbs: ['get'] },
    ]))).toEqual([
      'rbac.wildcard rules[0].apiGroups[0]: Invalid value: "*": wildcards grant access to everything that exists now or later: list the apiGroups explicitly',
      'rbac.wildcard rules[1].resources[0]: Invalid value: "*": wildcards grant access to everything that exists now or later: list the resources explicitly',
      'rbac.wildcard rules[1].verbs[0]: Invalid value: "*": wildcards grant access to everything that exists now or later: list the verbs explicitly',
      'rbac.wildcard rules[2].nonResourceURLs[0]: Invalid value: "/metrics/*": wildcards grant access to everything that exists now or later: list the nonResourceURLs explicitly',
    ]);
  });

  test.each(['RoleBinding', 'ClusterRoleBinding'])('binding to cluster-admin with a %s', (kind) => {
    expect(policyLines({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name: 'b', ...(kind === 'RoleBinding' ? { namespace: 'apps' } : {}) },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ kind: 'ServiceAccount', name: 'web', namespace: 'apps' }],
    })).toEqual([
      'rbac.cluster-admin roleRef.name: Invalid value: "cluster-admin": binding to cluster-admin grants every permission: bind a role with only the rules needed',
    ]);
  });

  test('access to secrets (and their subresources) in a Role', () => {
    expect(policyLines(role([{ apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: ['get'] }], 'Role'))).toEqual([
      'rbac.secrets rules[0].resources[1]: Forbidden: access to "secrets" must be declared: add the annotation opkit.dev/accept: "rbac.secrets: <why>" (with the Operator, use ManagedKinds.secrets(\'<why>\'))',
    ]);
  });

  test('a same-named resource in another API group is not a Secret', () => {
    expect(policyLines(role([{ apiGroups: ['example.com'], resources: ['secrets'], verbs: ['get'] }]))).toEqual([]);
  });
});
