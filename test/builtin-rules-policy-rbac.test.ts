import { describe, expect, test } from 'vitest';
import { validatePodDisruptionBudget } from '../lib/validate/builtin-rules/policy';
import { validateClusterRole, validateClusterRoleBinding, validateRole, validateRoleBinding } from '../lib/validate/builtin-rules/rbac';
import { at, CTX, lines } from './builtin-rules-helpers';

const pdb = (spec: Record<string, unknown>) => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'p' }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } });

describe('policy/v1 PodDisruptionBudget', () => {
  test('minAvailable or maxUnavailable, an int or a percent', () => {
    expect(lines(validatePodDisruptionBudget(pdb({ minAvailable: 1 }), CTX))).toEqual([]);
    expect(lines(validatePodDisruptionBudget(pdb({ maxUnavailable: '50%' }), CTX))).toEqual([]);
  });
  test('not both; not negative; at most 100%', () => {
    expect(lines(validatePodDisruptionBudget(pdb({ minAvailable: 1, maxUnavailable: 1 }), CTX))[0])
      .toMatch(/^spec: Invalid value: .*: minAvailable and maxUnavailable cannot be both set$/);
    expect(lines(validatePodDisruptionBudget(pdb({ minAvailable: -1 }), CTX))).toEqual(['spec.minAvailable: Invalid value: -1: must be greater than or equal to 0']);
    expect(lines(validatePodDisruptionBudget(pdb({ maxUnavailable: '120%' }), CTX)))
      .toEqual(['spec.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"120%"}: must not be greater than 100%']);
  });
});

const role = (kind: string, rules: unknown[], extra: Record<string, unknown> = {}) =>
  ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name: 'r' }, rules, ...extra });

describe('rbac.authorization.k8s.io/v1', () => {
  test('rules with verbs, api groups and resources, or non-resource URLs in a ClusterRole, pass', () => {
    expect(lines(validateRole(role('Role', [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }]), CTX))).toEqual([]);
    expect(lines(validateClusterRole(role('ClusterRole', [{ nonResourceURLs: ['/metrics'], verbs: ['get'] }]), CTX))).toEqual([]);
    expect(lines(validateClusterRole(role('ClusterRole', [], { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { a: 'b' } }] } }), CTX))).toEqual([]);
  });
  test('ValidatePolicyRule: verbs required, api groups and resources for resource rules', () => {
    expect(lines(validateRole(role('Role', [{ resources: ['pods'] }]), CTX))).toEqual([
      'rules[0].verbs: Required value: verbs must contain at least one value',
      'rules[0].apiGroups: Required value: resource rules must supply at least one api group',
    ]);
    expect(lines(validateRole(role('Role', [{ apiGroups: [''], verbs: ['get'] }]), CTX))).toEqual(['rules[0].resources: Required value: resource rules must supply at least one resource']);
  });
  test('non-resource URLs: not in namespaced rules, not mixed with resources', () => {
    expect(lines(validateRole(role('Role', [{ nonResourceURLs: ['/healthz'], verbs: ['get'] }]), CTX)))
      .toEqual(['rules[0].nonResourceURLs: Invalid value: []string{"/healthz"}: namespaced rules cannot apply to non-resource URLs']);
    expect(lines(validateClusterRole(role('ClusterRole', [{ nonResourceURLs: ['/healthz'], resources: ['pods'], verbs: ['get'] }]), CTX)))
      .toEqual(['rules[0].nonResourceURLs: Invalid value: []string{"/healthz"}: rules cannot apply to both regular resources and non-resource URLs']);
  });
  const binding = (kind: string, roleRef: Record<string, unknown>, subjects: unknown[]) =>
    ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name: 'b' }, roleRef, subjects });
  const ref = { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' };
  test('bindings: roleRef and subjects', () => {
    expect(lines(validateRoleBinding(binding('RoleBinding', ref, [{ kind: 'ServiceAccount', name: 'app' }, { kind: 'User', name: 'jane' }]), CTX))).toEqual([]);
    expect(lines(validateClusterRoleBinding(binding('ClusterRoleBinding', { ...ref, kind: 'Role' }, [{ kind: 'ServiceAccount', name: 'app' }, { kind: 'Robot', name: 'r2' }]), CTX))).toEqual([
      'roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"',
      'subjects[0].namespace: Required value',
      'subjects[1].kind: Unsupported value: "Robot": supported values: "ServiceAccount", "User", "Group"',
    ]);
  });
});

describe('values in messages from 1.34 (JSON)', () => {
  test('PodDisruptionBudget spec and RBAC URL lists', () => {
    expect(lines(validatePodDisruptionBudget(pdb({ minAvailable: 1, maxUnavailable: '10%' }), at('1.34')))).toEqual([
      'spec: Invalid value: {"MinAvailable":1,"Selector":{"matchLabels":{"app":"web"}},"MaxUnavailable":"10%","UnhealthyPodEvictionPolicy":null}: minAvailable and maxUnavailable cannot be both set',
    ]);
    expect(lines(validateRole(role('Role', [{ nonResourceURLs: ['/healthz', '/readyz'], verbs: ['get'] }]), at('1.35'))))
      .toEqual(['rules[0].nonResourceURLs: Invalid value: ["/healthz","/readyz"]: namespaced rules cannot apply to non-resource URLs']);
  });
});
