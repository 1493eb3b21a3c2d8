// The reference operator: a CacheCluster operator, composed only from the library's public API, delivered by
// Argo CD to every environment of app/environments.ts. `npm run synth` (or `cdk8s synth`) writes dist/.
import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { CacheApi } from './api';
import { CHECKS } from './app/checks';
import { DeliveryChart } from './app/delivery-chart';
import { ENVIRONMENTS, EnvironmentConfig, kubeVersionsByFolder, OPERATOR_NAMESPACE } from './app/environments';
import {
  CacheBackup, CacheBackupSpecCompression, CacheCluster, CacheClusterSpecEngine, CacheClusterSpecMaxMemory,
  CacheClusterSpecUsersAccess,
} from './imports/cache.opkit.dev';
import {
  GitOpsApp, GitOpsAppProps, ManagedKinds, Operator, runApp, Verbs,
} from 'opkit';


/** One cluster's manifests, one file each: CRDs, then the controller, then the Custom Resources. */
function operatorCharts(scope: Construct, env: EnvironmentConfig): CacheApi {
  const crds = new Chart(scope, 'crds');
  const api = new CacheApi(crds, 'Api');
  // The namespaces of the Custom Resources: the controller watches only these, with a Role in each.
  const cacheNamespaces = [...new Set(env.caches.map((c) => c.namespace))];

  const controller = new Chart(scope, 'operator');
  // Set up with the controller (wave -5), written before the controller's Roles in them and before any CR.
  for (const namespace of cacheNamespaces) {
    new kplus.Namespace(controller, `Namespace-${namespace}`, { metadata: { name: namespace } });
  }
  const operator = new Operator(controller, 'Operator', {
    name: 'cache-operator',
    image: env.operator.image,
    namespace: OPERATOR_NAMESPACE,
    crds: api.crds,
    watchNamespaces: cacheNamespaces,
    replicas: env.operator.replicas,
    resources: env.operator.resources,
    serviceMonitor: env.operator.serviceMonitor,
    webhooks: { validating: [{ crd: api.cacheCluster }] },
    conversionWebhook: true,
    networkPolicy: true,
    manages: [
      ManagedKinds.statefulSets(), ManagedKinds.services(), ManagedKinds.configMaps(),
      ManagedKinds.secrets('reads the user password Secrets named in CacheCluster.spec.users', Verbs.READ),
      ManagedKinds.podDisruptionBudgets(),
    ],
  });

  const workloads = new Chart(scope, 'caches');
  for (const cache of env.caches) {
    const cluster = new CacheCluster(workloads, cache.name, {
      metadata: { name: cache.name, namespace: cache.namespace },
      spec: {
        engine: CacheClusterSpecEngine.VALKEY,
        version: cache.version,
        replicas: cache.replicas,
        maxMemory: CacheClusterSpecMaxMemory.fromString(cache.maxMemory),
        storage: { storageClassName: 'standard-rwo', size: cache.storageSize },
        users: [{ name: 'web', access: CacheClusterSpecUsersAccess.READWRITE, keyPattern: `${cache.name}:*`,
          passwordSecretRef: { name: `${cache.name}-cache-users`, key: 'web' } }],
      },
    });
    if (cache.backup) {
      const backup = new CacheBackup(workloads, `${cache.name}-backup`, {
        metadata: { name: `${cache.name}-nightly`, namespace: cache.namespace },
        spec: {
          clusterRef: { name: cache.name },
          schedule: cache.backup.schedule,
          compression: CacheBackupSpecCompression.ZSTD,
          retention: { keepLast: cache.backup.keepLast },
          destination: { s3: { bucket: 'acme-cache-backups', prefix: `${env.name}/${cache.name}/`, credentialsSecretRef: { name: 'backup-s3' } } },
        },
      });
      backup.node.addDependency(cluster);
    }
  }
  // Dependencies order the output: CRDs, then the controller, then the CRs (the sync waves say the same).
  controller.addDependency(crds);
  workloads.addDependency(controller);
  return api;
}

/** Builds the reference app: dist/<env>/ (or dist/<env>/<cluster>/) per environment, and dist/argocd/. */
export function createApp(props: GitOpsAppProps = {}): GitOpsApp {
  const app = new GitOpsApp({ checks: CHECKS, kubeVersions: kubeVersionsByFolder(), ...props });
  const environments = ENVIRONMENTS.map((config) => {
    const scope = new Construct(app, config.name);
    const clusters = config.clusters.length === 1 ? [scope] : config.clusters.map((c) => new Construct(scope, c.name));
    const apis = clusters.map((cluster) => operatorCharts(cluster, config));
    return { config, scope, apis };
  });
  new DeliveryChart(app, 'argocd', {
    name: 'cache-operator',
    environments,
    healthChecked: environments[0].apis[0].crds,
  });
  return app;
}

if (require.main === module) {
  runApp(() => createApp().synth());
}
