/** The git repository and revision Argo CD reads the committed output from. */
export interface GitSource {
  /** Repository URL as Argo CD knows it, e.g. `https://github.com/acme/platform.git`. */
  readonly repoURL: string;
  /** Branch, tag or commit, e.g. `main`. */
  readonly targetRevision: string;
}

/** A cluster Argo CD deploys to. */
export interface ClusterTarget {
  /** Short name, used for output folders and Application names, e.g. `eu-west-1`. */
  readonly name: string;
  /** API server URL as registered in Argo CD; `https://kubernetes.default.svc` is Argo CD's own cluster. */
  readonly server: string;
  /**
   * The Kubernetes release the cluster runs (`1.32`): its output folder is validated for it (GitOpsApp
   * `kubeVersions`).
   * @default the checks' default, the newest shipped release
   */
  readonly kubeVersion?: string;
}

/** Argo CD's own cluster. */
export const IN_CLUSTER: ClusterTarget = { name: 'in-cluster', server: 'https://kubernetes.default.svc' };

/** Deleting an Application with this finalizer deletes what it deployed (cascading), instead of orphaning it. */
export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/**
 * The `source` of an Application (or of an ApplicationSet's template) reading `path` of the repository as a
 * directory of plain manifests, not recursed: each output folder is exactly one Application's objects.
 */
export function directorySource(source: GitSource, path: string) {
  return { repoUrl: source.repoURL, targetRevision: source.targetRevision, path, directory: { recurse: false } };
}
