import { ApiObject, Lazy } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { AppProject, AppProjectSpecClusterResourceWhitelist } from '../generated/argoproj.io';
import { ClusterTarget } from './delivery-target';
import { apiGroupOf } from '../report/object-identity';
import { isBuiltInClusterScoped } from '../validate/builtin-kind-scopes';
import { compare } from './output-layout';

/** Props of {@link DeliveryProject}. */
export interface DeliveryProjectProps {
  /** The AppProject's name. */
  readonly name: string;
  /**
   * What the project is for.
   * @default none
   */
  readonly description?: string;
  /** The repositories its Applications may read. */
  readonly sourceRepos: readonly string[];
  /** The clusters its Applications may deploy to. */
  readonly clusters: readonly ClusterTarget[];
  /**
   * The constructs (environment scopes, charts) whose objects the project deploys. The project permits exactly
   * their kinds (cluster-scoped and namespaced apart) and namespaces, computed at synth time.
   */
  readonly deploys: readonly IConstruct[];
  /**
   * More namespaces to permit, e.g. Applications' destination namespaces that hold no object.
   * @default none
   */
  readonly namespaces?: readonly string[];
  /**
   * The namespace Argo CD runs in.
   * @default 'argocd'
   */
  readonly argoCdNamespace?: string;
}

/**
 * An Argo CD AppProject limited to what the app actually emits: the kinds of the objects below `deploys`
 * (so a cluster-scoped kind such as ClusterRole is allowed only when the operator ships one) and their
 * namespaces, on the given clusters, from the given repositories. Anything else in git fails the sync.
 */
export class DeliveryProject extends Construct {
  public readonly project: AppProject;

  constructor(scope: Construct, id: string, props: DeliveryProjectProps) {
    super(scope, id);
    // Lazy: the objects to permit are added after this construct, so read them when the project renders.
    const permitted = lazyOnce(() => permittedResources(props.deploys));
    this.project = new AppProject(this, 'Resource', {
      metadata: { name: props.name, namespace: props.argoCdNamespace ?? 'argocd' },
      spec: {
        description: props.description,
        sourceRepos: [...props.sourceRepos],
        destinations: Lazy.any({
          produce: () => {
            const namespaces = [...new Set([...permitted().namespaces, ...(props.namespaces ?? [])])].sort(compare);
            return props.clusters.flatMap((c) => namespaces.map((namespace) => ({ server: c.server, namespace })));
          },
        }),
        clusterResourceWhitelist: Lazy.any({ produce: () => permitted().cluster }),
        namespaceResourceWhitelist: Lazy.any({ produce: () => permitted().namespaced }),
      },
    });
    // Argo CD must know the project before any Application of it syncs.
    this.project.metadata.addAnnotation('argocd.argoproj.io/sync-wave', '-1');
  }
}

interface Permitted {
  readonly cluster: AppProjectSpecClusterResourceWhitelist[];
  readonly namespaced: AppProjectSpecClusterResourceWhitelist[];
  readonly namespaces: string[];
}

function permittedResources(scopes: readonly IConstruct[]): Permitted {
  const objects = scopes.flatMap((s) => s.node.findAll()).filter((c): c is ApiObject => c instanceof ApiObject);
  // Custom Resources are namespaced or not as their CRD says.
  const crdScopes = new Map<string, string>();
  for (const o of objects.filter((x) => x.kind === 'CustomResourceDefinition')) {
    const spec = o.toJson().spec ?? {};
    crdScopes.set(`${spec.group}/${spec.names?.kind}`, spec.scope);
  }
  const cluster = new Map<string, AppProjectSpecClusterResourceWhitelist>();
  const namespaced = new Map<string, AppProjectSpecClusterResourceWhitelist>();
  const namespaces = new Set<string>();
  for (const o of objects) {
    const group = apiGroupOf(o.apiVersion);
    const key = `${group}/${o.kind}`;
    const crdScope = crdScopes.get(key);
    const clusterScoped = isBuiltInClusterScoped(o.apiVersion, o.kind)
      ?? (crdScope ? crdScope === 'Cluster' : o.metadata.namespace === undefined);
    (clusterScoped ? cluster : namespaced).set(key, { group, kind: o.kind });
    if (!clusterScoped && o.metadata.namespace) namespaces.add(o.metadata.namespace);
  }
  const sorted = (m: Map<string, AppProjectSpecClusterResourceWhitelist>) =>
    [...m.entries()].sort(([a], [b]) => compare(a, b)).map(([, v]) => v);
  return { cluster: sorted(cluster), namespaced: sorted(namespaced), namespaces: [...namespaces].sort(compare) };
}

function lazyOnce<T>(produce: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= produce());
}
