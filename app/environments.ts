// The reference operator's environments: everything that differs between dev and prod, typed, in one place.
import { Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { ClusterTarget, GitSource, IN_CLUSTER, SyncPolicyOptions } from 'opkit';

/** The controller of one environment. */
export interface OperatorConfig {
  /** The controller image, pinned by tag or digest. */
  readonly image: string;
  /** Controller replicas; more than one run with leader election. */
  readonly replicas: number;
  /** CPU and memory of the manager container. */
  readonly resources: kplus.ContainerResources;
  /** Whether Prometheus scrapes it through a prometheus-operator ServiceMonitor. */
  readonly serviceMonitor: boolean;
}

/** One CacheCluster Custom Resource (and its CacheBackup, when backed up). */
export interface CacheConfig {
  /** The CacheCluster's name; also prefixes its backup's and users' Secret names. */
  readonly name: string;
  /** The namespace it runs in (created with the controller, before any Custom Resource). */
  readonly namespace: string;
  /** Valkey nodes (the CRD allows 1 to 9). */
  readonly replicas: number;
  /** Valkey version, e.g. `8.0`. */
  readonly version: string;
  /** Memory for data (maxmemory), a quantity such as `512Mi`. */
  readonly maxMemory: string;
  /** Volume size per node, e.g. `10Gi`. */
  readonly storageSize: string;
  /**
   * A scheduled backup: a cron `schedule` and how many backups to keep.
   * @default no backup
   */
  readonly backup?: { readonly schedule: string; readonly keepLast: number };
}

/** One environment: its output folder `dist/<name>/`, its clusters, its controller and its Custom Resources. */
export interface EnvironmentConfig {
  /** Name of the folder under dist/ and suffix of its Argo CD objects. */
  readonly name: string;
  /**
   * The clusters, each with the Kubernetes release it runs (its folder is validated for that release). One cluster: the environment's manifests go to `dist/<name>/`, synced by one Application.
   * Several: each gets `dist/<name>/<cluster>/`, synced by an ApplicationSet with one Application per cluster.
   */
  readonly clusters: readonly ClusterTarget[];
  /** The controller of this environment. */
  readonly operator: OperatorConfig;
  /** The CacheClusters (and backups) that exist in this environment (in each of its clusters). */
  readonly caches: readonly CacheConfig[];
  /** How Argo CD syncs it. */
  readonly sync: SyncPolicyOptions;
}

/** Where Argo CD reads dist/ from. */
export const REPOSITORY: GitSource & { readonly path: string } = {
  repoURL: 'https://github.com/opkit/opkit.git',
  targetRevision: 'main',
  /** dist/ relative to the repository root. */
  path: 'dist',
};

/** The Kubernetes release of the cluster Argo CD runs in (dist/argocd/ is applied there). */
export const ARGOCD_KUBE_VERSION = '1.33';

/** The namespace the controller runs in. */
export const OPERATOR_NAMESPACE = 'opkit-system';

export const DEV: EnvironmentConfig = {
  name: 'dev',
  clusters: [{ ...IN_CLUSTER, kubeVersion: '1.33' }],
  operator: {
    image: 'ghcr.io/opkit/cache-operator:v0.2.0-rc.1',
    replicas: 1,
    resources: {
      cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) },
      memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) },
    },
    serviceMonitor: false,
  },
  caches: [{ name: 'sessions', namespace: 'apps', replicas: 1, version: '8.0', maxMemory: '256Mi', storageSize: '1Gi' }],
  sync: { automated: true, prune: true, selfHeal: true },
};

export const PROD: EnvironmentConfig = {
  name: 'prod',
  clusters: [
    { name: 'eu-west-1', server: 'https://prod-eu-west-1.k8s.example.com', kubeVersion: '1.32' },
    { name: 'us-east-1', server: 'https://prod-us-east-1.k8s.example.com', kubeVersion: '1.30' },
  ],
  operator: {
    image: 'ghcr.io/opkit/cache-operator:v0.1.0',
    replicas: 2,
    resources: {
      cpu: { request: kplus.Cpu.millis(250), limit: kplus.Cpu.units(1) },
      memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) },
    },
    serviceMonitor: true,
  },
  caches: [
    { name: 'sessions', namespace: 'apps', replicas: 3, version: '8.0', maxMemory: '2Gi', storageSize: '10Gi',
      backup: { schedule: '0 3 * * *', keepLast: 14 } },
    { name: 'catalog', namespace: 'apps', replicas: 5, version: '8.0', maxMemory: '4Gi', storageSize: '20Gi' },
  ],
  // Production prunes by hand: a deletion in git is reviewed once more in the Argo CD UI.
  sync: { automated: true, prune: false, selfHeal: true },
};

export const ENVIRONMENTS: readonly EnvironmentConfig[] = [DEV, PROD];

/** Each output folder (relative to dist/) → the Kubernetes release of the cluster it is applied to. */
export function kubeVersionsByFolder(environments: readonly EnvironmentConfig[] = ENVIRONMENTS): Record<string, string> {
  const out: Record<string, string> = { argocd: ARGOCD_KUBE_VERSION };
  for (const env of environments) {
    for (const c of env.clusters) {
      if (c.kubeVersion) out[env.clusters.length === 1 ? env.name : `${env.name}/${c.name}`] = c.kubeVersion;
    }
  }
  return out;
}
