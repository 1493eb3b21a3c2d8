import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { CONDITIONS_HEALTH_LUA, healthCustomizationKey } from './health-check-lua';

/** A kind that gets a health check. */
export interface HealthCheckedKind {
  /** API group, e.g. `cache.opkit.dev`. */
  readonly group: string;
  /** Kind, e.g. `CacheCluster`. */
  readonly kind: string;
}

/** Props of {@link ArgoCdHealthChecks}. */
export interface ArgoCdHealthChecksProps {
  /** The kinds (e.g. the operator's CRDs, which have `group` and `kind`) whose health follows the conditions convention. */
  readonly kinds: readonly HealthCheckedKind[];
  /**
   * The namespace Argo CD runs in.
   * @default 'argocd'
   */
  readonly namespace?: string;
}

/**
 * The `argocd-cm` entries that teach Argo CD the health of our Custom Resources ({@link CONDITIONS_HEALTH_LUA}).
 * It is written as a whole ConfigMap but meant as a merge patch, since argocd-cm belongs to the Argo CD install:
 * `kubectl -n argocd patch configmap argocd-cm --type merge --patch-file <file>`, or a Kustomize patch of the
 * install. Keep it in a folder no Application syncs, or that Application would overwrite all of argocd-cm.
 */
export class ArgoCdHealthChecks extends Construct {
  public readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: ArgoCdHealthChecksProps) {
    super(scope, id);
    const data: Record<string, string> = {};
    for (const { group, kind } of props.kinds) data[healthCustomizationKey(group, kind)] = CONDITIONS_HEALTH_LUA;
    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'argocd-cm',
        namespace: props.namespace ?? 'argocd',
        labels: { 'app.kubernetes.io/name': 'argocd-cm', 'app.kubernetes.io/part-of': 'argocd' },
      },
      data,
    });
  }
}
