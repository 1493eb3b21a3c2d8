/**
 * RBAC rules as values: what the controller needs on the kinds it reconciles and the kinds it manages.
 * Kept apart from the constructs so the derivation is testable and reused by every role the operator emits.
 */

import { ManagedKind, ReconciledKind, Verbs } from './managed-kinds';

/** One rule of a Role or ClusterRole. */
export interface PolicyRule {
  readonly apiGroups?: string[];
  readonly resources?: string[];
  readonly nonResourceURLs?: string[];
  readonly verbs: string[];
}

/** The rules a controller needs on one reconciled kind (as kubebuilder's `+kubebuilder:rbac` markers). */
export function reconcileRules(kind: ReconciledKind): PolicyRule[] {
  return [
    { apiGroups: [kind.group], resources: [kind.plural], verbs: ['get', 'list', 'watch', 'update', 'patch'] },
    { apiGroups: [kind.group], resources: [`${kind.plural}/status`], verbs: ['get', 'update', 'patch'] },
    // Finalizers are set through this subresource when OwnerReferencesPermissionEnforcement is on.
    { apiGroups: [kind.group], resources: [`${kind.plural}/finalizers`], verbs: ['update'] },
  ];
}

/** Recording events about the objects it reconciles. */
export const EVENTS_RULE: PolicyRule = { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] };

/** The rule for a managed kind, exactly its declared verbs. */
export function managedRule(kind: ManagedKind): PolicyRule {
  return { apiGroups: [kind.apiGroup], resources: [kind.resource], verbs: [...kind.verbs] };
}

/** Why a managed kind cannot be granted, or undefined. */
export function managedKindProblem(kind: ManagedKind): string | undefined {
  const wild = [kind.apiGroup, kind.resource, ...kind.verbs].find((s) => s.includes('*'));
  if (wild !== undefined) {
    return `grant of "${kind.resource}" uses the wildcard "${wild}": name the group, resource and verbs explicitly`;
  }
  if (kind.verbs.length === 0) return `grant of "${kind.resource}" has no verbs: list the verbs the controller uses`;
  if (kind.apiGroup === '' && kind.resource.split('/')[0] === 'secrets' && !kind.reason?.trim()) {
    return 'grant of "secrets" needs a reason: use ManagedKinds.secrets(\'<why the controller reads secrets>\') or set `reason`';
  }
  return undefined;
}

/** The role rules a user of a CRD gets through the aggregated admin/edit/view ClusterRoles. */
export function userRoleRules(kind: ReconciledKind, role: 'admin' | 'editor' | 'viewer'): PolicyRule[] {
  const verbs = role === 'admin' ? Verbs.ALL : role === 'editor' ? Verbs.ALL.filter((v) => v !== 'deletecollection') : Verbs.READ;
  return [
    { apiGroups: [kind.group], resources: [kind.plural], verbs: [...verbs] },
    { apiGroups: [kind.group], resources: [`${kind.plural}/status`], verbs: ['get'] },
  ];
}
