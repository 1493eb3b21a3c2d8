import { Construct } from 'constructs';
import { ApplicationSet } from '../generated/argoproj.io';
import { ClusterTarget, directorySource, GitSource, RESOURCES_FINALIZER } from './delivery-target';
import { SyncPolicyOptions, syncPolicy } from './sync-policy';

/** Props of {@link ClusterFanout}. */
export interface ClusterFanoutProps {
  /** The ApplicationSet's name and the prefix of the generated Applications (`<name>-<cluster>`). */
  readonly name: string;
  /** The AppProject the Applications belong to. */
  readonly project: string;
  /** Where the committed output lives. */
  readonly source: GitSource;
  /** The environment's folder in the repository, e.g. `dist/prod`; each cluster syncs `<path>/<cluster>`. */
  readonly path: string;
  /** The clusters, at least one; each needs an output folder of its name. */
  readonly clusters: readonly ClusterTarget[];
  /** The namespace for objects that have none (and that CreateNamespace creates). */
  readonly namespace: string;
  /**
   * How the generated Applications sync.
   * @default automated with prune and selfHeal, retried 5 times
   */
  readonly sync?: SyncPolicyOptions;
  /**
   * The namespace Argo CD runs in.
   * @default 'argocd'
   */
  readonly argoCdNamespace?: string;
}

/**
 * An ApplicationSet with a list generator: one Application per cluster of an environment, each syncing that
 * cluster's output folder. A list (not the cluster generator) keeps the set of clusters in git, next to the
 * folders they sync, so adding a cluster is one reviewed change.
 */
export class ClusterFanout extends Construct {
  public readonly applicationSet: ApplicationSet;
  /** The folders in the repository the generated Applications sync, one per cluster. */
  public readonly paths: readonly string[];

  constructor(scope: Construct, id: string, props: ClusterFanoutProps) {
    super(scope, id);
    this.node.addValidation({
      validate: () => (props.clusters.length === 0 ? [`ClusterFanout '${props.name}' needs at least one cluster`] : []),
    });
    this.paths = props.clusters.map((c) => `${props.path}/${c.name}`);
    this.applicationSet = new ApplicationSet(this, 'Resource', {
      metadata: { name: props.name, namespace: props.argoCdNamespace ?? 'argocd' },
      spec: {
        goTemplate: true,
        goTemplateOptions: ['missingkey=error'],
        generators: [{ list: { elements: props.clusters.map((c) => ({ cluster: c.name, server: c.server })) } }],
        template: {
          metadata: {
            name: `${props.name}-{{.cluster}}`,
            finalizers: [RESOURCES_FINALIZER],
          },
          spec: {
            project: props.project,
            source: directorySource(props.source, `${props.path}/{{.cluster}}`),
            destination: { server: '{{.server}}', namespace: props.namespace },
            syncPolicy: syncPolicy(props.sync),
          },
        },
      },
    });
  }
}
