/**
 * What an Operator's props say about its permissions: the kinds it reconciles, the child kinds it manages and
 * the verbs it uses on them. `rbac-rules.ts` turns them into rules.
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
  /**
   * Whether its objects are namespaced. Cluster-scoped kinds stay in a ClusterRole when the controller
   * watches only some namespaces (a Role cannot grant them).
   * @default 'Namespaced'
   */
  readonly scope?: 'Namespaced' | 'Cluster';
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
  /**
   * Whether its objects are namespaced (see {@link ReconciledKind.scope}).
   * @default 'Namespaced'
   */
  readonly scope?: 'Namespaced' | 'Cluster';
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
