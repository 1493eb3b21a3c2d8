/**
 * RBAC rules as values: what the controller needs on the kinds it reconciles and the kinds it manages.
 * Kept apart from the constructs so the derivation is testable and reused by every role the operator emits.
 */

/** A Kubernetes API verb. No `*`: every grant is spelled out. */
export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

/** Verb sets for the common cases. */
export const Verbs = {
  /** Observe only. */
  READ: ['get', 'list', 'watch'] as Verb[],
  /** Everything a controller needs to own a child object (create, converge, garbage-collect). */
  MANAGE: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] as Verb[],
  /** Every verb on a resource, spelled out (the admin role of a kind). */
  ALL: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] as Verb[],
} as const;

/** A resource the controller reconciles: a CRD authored here or an imported kind. */
export interface ReconciledKind {
  /** API group, e.g. `cache.opkit.dev`. */
  readonly group: string;
  /** Lowercase plural, e.g. `cacheclusters`. */
  readonly plural: string;
}

/** A kind the controller creates and owns (its children), with exactly the verbs it needs. */
export interface ManagedKind {
  /** API group; `''` for the core group. */
  readonly apiGroup: string;
  /** Lowercase plural resource, e.g. `statefulsets`. */
  readonly resource: string;
  /** The verbs the controller uses on it. */
  readonly verbs: readonly Verb[];
  /**
   * Why the controller needs it. Required for `secrets` (reading secrets cluster-wide is the most abused
   * grant; the reason is recorded as a policy acceptance on the role).
   * @default none
   */
  readonly reason?: string;
}

/** One rule of a Role or ClusterRole. */
export interface PolicyRule {
  readonly apiGroups?: string[];
  readonly resources?: string[];
  readonly nonResourceURLs?: string[];
  readonly verbs: string[];
}

/** Typed helpers for the child kinds controllers usually own. */
export const ManagedKinds = {
  statefulSets: (verbs: readonly Verb[] = Verbs.MANAGE): ManagedKind => ({ apiGroup: 'apps', resource: 'statefulsets', verbs }),
  deployments: (verbs: readonly Verb[] = Verbs.MANAGE): ManagedKind => ({ apiGroup: 'apps', resource: 'deployments', verbs }),
  services: (verbs: readonly Verb[] = Verbs.MANAGE): ManagedKind => ({ apiGroup: '', resource: 'services', verbs }),
  configMaps: (verbs: readonly Verb[] = Verbs.MANAGE): ManagedKind => ({ apiGroup: '', resource: 'configmaps', verbs }),
  pods: (verbs: readonly Verb[] = Verbs.READ): ManagedKind => ({ apiGroup: '', resource: 'pods', verbs }),
  persistentVolumeClaims: (verbs: readonly Verb[] = Verbs.MANAGE): ManagedKind => ({ apiGroup: '', resource: 'persistentvolumeclaims', verbs }),
  podDisruptionBudgets: (verbs: readonly Verb[] = Verbs.MANAGE): ManagedKind => ({ apiGroup: 'policy', resource: 'poddisruptionbudgets', verbs }),
  jobs: (verbs: readonly Verb[] = Verbs.MANAGE): ManagedKind => ({ apiGroup: 'batch', resource: 'jobs', verbs }),
  /** Secrets need a reason: it is recorded on the role as an accepted policy finding. */
  secrets: (reason: string, verbs: readonly Verb[] = Verbs.MANAGE): ManagedKind => ({ apiGroup: '', resource: 'secrets', verbs, reason }),
};

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
