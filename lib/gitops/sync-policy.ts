import { ApplicationSpecSyncPolicy } from '../generated/argoproj.io';

/** How Argo CD syncs an Application. */
export interface SyncPolicyOptions {
  /**
   * Sync automatically whenever the git revision changes.
   * @default true
   */
  readonly automated?: boolean;
  /**
   * With automated sync: delete objects that were removed from git.
   * @default true
   */
  readonly prune?: boolean;
  /**
   * With automated sync: revert changes made to the objects in the cluster.
   * @default true
   */
  readonly selfHeal?: boolean;
  /**
   * How often a failed sync is retried (with exponential backoff 5s, 10s, ... up to 3m).
   * @default 5
   */
  readonly retryLimit?: number;
  /**
   * Application-wide sync options.
   * @default DEFAULT_SYNC_OPTIONS
   */
  readonly syncOptions?: readonly string[];
}

/**
 * CreateNamespace: the destination namespace need not exist; PruneLast: delete removed objects only after
 * everything else is healthy; PrunePropagationPolicy=foreground: a pruned owner waits for its dependents.
 */
export const DEFAULT_SYNC_OPTIONS: readonly string[] = ['CreateNamespace=true', 'PruneLast=true', 'PrunePropagationPolicy=foreground'];

/** The `spec.syncPolicy` of an Application (and of an ApplicationSet's template). */
export function syncPolicy(options: SyncPolicyOptions = {}): ApplicationSpecSyncPolicy {
  return {
    automated: options.automated ?? true
      ? { prune: options.prune ?? true, selfHeal: options.selfHeal ?? true }
      : undefined,
    retry: {
      limit: options.retryLimit ?? 5,
      backoff: { duration: '5s', factor: 2, maxDuration: '3m' },
    },
    syncOptions: [...(options.syncOptions ?? DEFAULT_SYNC_OPTIONS)],
  };
}
