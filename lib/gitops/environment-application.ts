import { Construct } from 'constructs';
import { Application } from '../generated/argoproj.io';
import { ClusterTarget, directorySource, GitSource, RESOURCES_FINALIZER } from './delivery-target';
import { SyncPolicyOptions, syncPolicy } from './sync-policy';

/** Props of {@link EnvironmentApplication}. */
export interface EnvironmentApplicationProps {
  /** The Application's name, e.g. `cache-operator-dev`. */
  readonly name: string;
  /** The AppProject it belongs to. */
  readonly project: string;
  /** Where the committed output lives. */
  readonly source: GitSource;
  /** The folder in the repository, e.g. `dist/dev`: a directory source of plain manifests, not recursed. */
  readonly path: string;
  /** The cluster to deploy to. */
  readonly cluster: ClusterTarget;
  /** The namespace for objects that have none (and that CreateNamespace creates). */
  readonly namespace: string;
  /**
   * How it syncs.
   * @default automated with prune and selfHeal, retried 5 times
   */
  readonly sync?: SyncPolicyOptions;
  /**
   * The namespace Argo CD runs in (Applications live there).
   * @default 'argocd'
   */
  readonly argoCdNamespace?: string;
}

/** An Argo CD Application that syncs one output folder (one environment, or one cluster of it) to a cluster. */
export class EnvironmentApplication extends Construct {
  public readonly application: Application;
  /** The folder in the repository it syncs. */
  public readonly path: string;

  constructor(scope: Construct, id: string, props: EnvironmentApplicationProps) {
    super(scope, id);
    this.path = props.path;
    this.application = new Application(this, 'Resource', {
      metadata: {
        name: props.name,
        namespace: props.argoCdNamespace ?? 'argocd',
        finalizers: [RESOURCES_FINALIZER],
      },
      spec: {
        project: props.project,
        source: directorySource(props.source, props.path),
        destination: { server: props.cluster.server, namespace: props.namespace },
        syncPolicy: syncPolicy(props.sync),
      },
    });
  }
}
