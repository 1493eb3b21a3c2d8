import { ApiObjectMetadata, Lazy } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { PolicyRule } from './rbac-rules';

// The raw k8s classes rather than cdk8s-plus's Role: cdk8s-plus renders `resourceNames: []` on every rule and
// `apiGroup: ""` on ServiceAccount subjects, noise in a reviewed GitOps diff.

/** A ClusterRole whose rules may still grow after construction (`rules` is read at synth). */
export function newClusterRole(scope: Construct, id: string, metadata: ApiObjectMetadata, rules: readonly PolicyRule[]) {
  return new kplus.k8s.KubeClusterRole(scope, id, { metadata, rules: Lazy.any({ produce: () => rules.map(copyRule) }) as unknown as kplus.k8s.PolicyRule[] });
}

/** A namespaced Role whose rules may still grow after construction (`rules` is read at synth). */
export function newRole(scope: Construct, id: string, metadata: ApiObjectMetadata, rules: readonly PolicyRule[]) {
  return new kplus.k8s.KubeRole(scope, id, { metadata, rules: Lazy.any({ produce: () => rules.map(copyRule) }) as unknown as kplus.k8s.PolicyRule[] });
}

/** The RBAC subject of a ServiceAccount. */
export interface ServiceAccountSubject {
  readonly kind: 'ServiceAccount';
  readonly name: string;
  readonly namespace: string;
}

/** Binds a ClusterRole to subjects, cluster-wide. */
export function newClusterRoleBinding(scope: Construct, id: string, metadata: ApiObjectMetadata,
  role: kplus.k8s.KubeClusterRole, subjects: ServiceAccountSubject[]) {
  return new kplus.k8s.KubeClusterRoleBinding(scope, id, {
    metadata,
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role.name },
    subjects,
  });
}

/** Binds a Role to subjects in its namespace. */
export function newRoleBinding(scope: Construct, id: string, metadata: ApiObjectMetadata,
  role: kplus.k8s.KubeRole, subjects: ServiceAccountSubject[]) {
  return new kplus.k8s.KubeRoleBinding(scope, id, {
    metadata,
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.name },
    subjects,
  });
}

/** Our rule value in the shape of the generated k8s class (which spells the field `nonResourceUrLs`). */
function copyRule(rule: PolicyRule): kplus.k8s.PolicyRule {
  return {
    ...(rule.apiGroups ? { apiGroups: [...rule.apiGroups] } : {}),
    ...(rule.resources ? { resources: [...rule.resources] } : {}),
    ...(rule.nonResourceURLs ? { nonResourceUrLs: [...rule.nonResourceURLs] } : {}),
    verbs: [...rule.verbs],
  };
}
