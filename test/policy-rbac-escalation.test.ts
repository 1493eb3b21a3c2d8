import { describe, expect, test } from 'vitest';
import { policyLines } from './policy-fixtures';

const role = (rules: any[], extra: Record<string, any> = {}) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r', ...extra }, rules,
});
const rbacGroup = 'rbac.authorization.k8s.io';
/** `rule field` of each finding, without the message. */
const ids = (...objects: any[]) => policyLines(...objects).map((l) => l.slice(0, l.indexOf(':')));

describe('RBAC grants that escalate privileges', () => {
  test.each([
    ['escalate on roles', { apiGroups: [rbacGroup], resources: ['roles'], verbs: ['escalate'] }, 'rbac.escalate'],
    ['bind on clusterroles', { apiGroups: [rbacGroup], resources: ['clusterroles'], verbs: ['bind'] }, 'rbac.bind'],
    ['impersonate on users', { apiGroups: [''], resources: ['users'], verbs: ['impersonate'] }, 'rbac.impersonate'],
    ['impersonate on serviceaccounts', { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] }, 'rbac.impersonate'],
    ['impersonate on uids', { apiGroups: ['authentication.k8s.io'], resources: ['uids'], verbs: ['impersonate'] }, 'rbac.impersonate'],
    ['create on pods/exec', { apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }, 'rbac.pod-exec'],
    ['get on pods/exec (WebSocket exec is a GET)', { apiGroups: [''], resources: ['pods/exec'], verbs: ['get'] }, 'rbac.pod-exec'],
    ['create on pods/attach', { apiGroups: [''], resources: ['pods/attach'], verbs: ['create'] }, 'rbac.pod-exec'],
    ['create on pods/portforward', { apiGroups: [''], resources: ['pods/portforward'], verbs: ['create'] }, 'rbac.pod-exec'],
    ['patch on pods/ephemeralcontainers', { apiGroups: [''], resources: ['pods/ephemeralcontainers'], verbs: ['patch'] }, 'rbac.pod-exec'],
    ['get on nodes/proxy', { apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] }, 'rbac.nodes-proxy'],
    ['create on serviceaccounts/token', { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] }, 'rbac.service-account-token'],
    ['patch on mutatingwebhookconfigurations', { apiGroups: ['admissionregistration.k8s.io'], resources: ['mutatingwebhookconfigurations'], verbs: ['patch'] }, 'rbac.admission-webhooks'],
    ['delete on validatingwebhookconfigurations', { apiGroups: ['admissionregistration.k8s.io'], resources: ['validatingwebhookconfigurations'], verbs: ['delete'] }, 'rbac.admission-webhooks'],
    ['update on customresourcedefinitions', { apiGroups: ['apiextensions.k8s.io'], resources: ['customresourcedefinitions'], verbs: ['update'] }, 'rbac.crds'],
    ['create on rolebindings', { apiGroups: [rbacGroup], resources: ['rolebindings'], verbs: ['create'] }, 'rbac.rbac-write'],
    ['patch on clusterroles', { apiGroups: [rbacGroup], resources: ['clusterroles'], verbs: ['patch'] }, 'rbac.rbac-write'],
  ])('%s', (_name, rule, id) => {
    expect(ids(role([{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }, rule]))).toEqual([`${id} rules[1]`]);
  });

  test('the message names the verbs, the resources, the risk and how to accept it', () => {
    expect(policyLines(role([{ apiGroups: [''], resources: ['pods/exec', 'pods/attach', 'pods/log'], verbs: ['get', 'create', 'list'] }]))).toEqual([
      'rbac.pod-exec rules[0]: Forbidden: "create", "get" on "pods/exec", "pods/attach" runs commands in, attaches to or tunnels into running pods, ' +
        'with their service accounts and secrets: remove it, or add the annotation opkit.dev/accept: "rbac.pod-exec: <why>"',
    ]);
  });

  test('reading what these resources guard is not escalation', () => {
    expect(ids(role([
      { apiGroups: [rbacGroup], resources: ['roles', 'clusterroles', 'rolebindings'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['apiextensions.k8s.io'], resources: ['customresourcedefinitions'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['admissionregistration.k8s.io'], resources: ['validatingwebhookconfigurations'], verbs: ['get'] },
      { apiGroups: [''], resources: ['pods', 'pods/log', 'serviceaccounts'], verbs: ['get', 'list'] },
      { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['get'] },
    ]))).toEqual([]);
  });

  test('the same resource names in another API group are not the built-in ones', () => {
    expect(ids(role([
      { apiGroups: ['example.com'], resources: ['roles', 'pods/exec', 'customresourcedefinitions'], verbs: ['create', 'escalate', 'bind'] },
    ]))).toEqual([]);
  });

  test('impersonation limited to named identities passes, as kube-linter\'s impersonate-without-resource-names', () => {
    expect(ids(role([{ apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'], resourceNames: ['builder'] }]))).toEqual([]);
  });

  test('wildcards grant every one of them: "*" verbs, "*" resources, "*" groups and "*/subresource"', () => {
    expect(ids(role([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]))).toEqual([
      'rbac.wildcard rules[0].apiGroups[0]', 'rbac.wildcard rules[0].resources[0]', 'rbac.wildcard rules[0].verbs[0]',
      'rbac.escalate rules[0]', 'rbac.bind rules[0]', 'rbac.impersonate rules[0]', 'rbac.pod-exec rules[0]', 'rbac.pod-exec rules[0]',
      'rbac.nodes-proxy rules[0]', 'rbac.service-account-token rules[0]', 'rbac.admission-webhooks rules[0]', 'rbac.crds rules[0]',
      'rbac.rbac-write rules[0]',
    ]);
    expect(ids(role([{ apiGroups: [''], resources: ['*/exec'], verbs: ['create'] }]))).toEqual(['rbac.wildcard rules[0].resources[0]', 'rbac.pod-exec rules[0]']);
    expect(ids(role([{ apiGroups: [rbacGroup], resources: ['roles'], verbs: ['*'] }]))).toEqual([
      'rbac.wildcard rules[0].verbs[0]', 'rbac.escalate rules[0]', 'rbac.bind rules[0]', 'rbac.rbac-write rules[0]',
    ]);
  });

  test('an acceptance with a reason drops exactly that finding', () => {
    const accepted = role([
      { apiGroups: [rbacGroup], resources: ['rolebindings'], verbs: ['create'] },
      { apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] },
    ], { annotations: { 'opkit.dev/accept': 'rbac.rbac-write: grants tenants their namespace roles' } });
    expect(ids(accepted)).toEqual(['rbac.pod-exec rules[1]']);
  });
});

describe('creating workloads in every namespace', () => {
  const clusterRole = (name: string, rules: any[], labels?: Record<string, string>, aggregationRule?: any) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name, ...(labels ? { labels } : {}) }, rules,
    ...(aggregationRule ? { aggregationRule } : {}),
  });
  const binding = (kind: 'ClusterRoleBinding' | 'RoleBinding', role: string) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name: 'b', ...(kind === 'RoleBinding' ? { namespace: 'apps' } : {}) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
    subjects: [{ kind: 'ServiceAccount', name: 'web', namespace: 'apps' }],
  });
  const writesStatefulSets = clusterRole('manager', [
    { apiGroups: [''], resources: ['configmaps'], verbs: ['create'] },
    { apiGroups: ['apps'], resources: ['statefulsets'], verbs: ['get', 'create', 'delete'] },
  ]);

  test('a ClusterRoleBinding to a ClusterRole that creates StatefulSets', () => {
    expect(policyLines(writesStatefulSets, binding('ClusterRoleBinding', 'manager'))).toEqual([
      'rbac.cluster-wide-workloads roleRef.name: Forbidden: ClusterRole "manager" rules[1] grants "create" on "apps/statefulsets" in every namespace: ' +
        'a pod can use any ServiceAccount and Secret of its namespace: bind a Role with RoleBindings in the namespaces that need it ' +
        '(Operator: watchNamespaces), or add the annotation opkit.dev/accept: "rbac.cluster-wide-workloads: <why>" to the binding',
    ]);
  });

  test.each([
    ['pods', '', 'create'], ['deployments', 'apps', 'patch'], ['daemonsets', 'apps', 'update'], ['replicasets', 'apps', 'create'],
    ['jobs', 'batch', 'create'], ['cronjobs', 'batch', 'update'], ['replicationcontrollers', '', 'create'],
  ])('%s (%s) with %s', (resource, group, verb) => {
    const role = clusterRole('manager', [{ apiGroups: [group], resources: [resource], verbs: [verb] }]);
    expect(ids(role, binding('ClusterRoleBinding', 'manager'))).toEqual(['rbac.cluster-wide-workloads roleRef.name']);
  });

  test('the same ClusterRole bound in one namespace by a RoleBinding is fine; so is reading workloads cluster-wide', () => {
    expect(ids(writesStatefulSets, binding('RoleBinding', 'manager'))).toEqual([]);
    const reader = clusterRole('reader', [{ apiGroups: ['apps', ''], resources: ['statefulsets', 'pods'], verbs: ['get', 'list', 'watch'] }]);
    expect(ids(reader, binding('ClusterRoleBinding', 'reader'))).toEqual([]);
  });

  test('wildcards, and ClusterRoles aggregated into the bound one, count', () => {
    const wild = clusterRole('wild', [{ apiGroups: ['batch'], resources: ['*'], verbs: ['create'] }]);
    expect(ids(wild, binding('ClusterRoleBinding', 'wild'))).toEqual(['rbac.wildcard rules[0].resources[0]', 'rbac.cluster-wide-workloads roleRef.name']);
    const aggregate = clusterRole('aggregate', [], undefined, { clusterRoleSelectors: [{ matchLabels: { 'example.com/aggregate': 'true' } }] });
    const part = clusterRole('part', [{ apiGroups: [''], resources: ['pods'], verbs: ['create'] }], { 'example.com/aggregate': 'true' });
    expect(policyLines(aggregate, part, binding('ClusterRoleBinding', 'aggregate'))[0]).toContain('ClusterRole "part" rules[0] grants "create" on "pods"');
  });

  test('a binding to a ClusterRole that is not among the manifests is not judged', () => {
    expect(ids(binding('ClusterRoleBinding', 'edit'))).toEqual([]);
  });
});
