// The reference operator: a CacheCluster operator, composed only from the library's public API.
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { CacheApi } from './api';
import {
  CacheBackup, CacheBackupSpecCompression, CacheCluster, CacheClusterSpecEngine, CacheClusterSpecMaxMemory,
  CacheClusterSpecUsersAccess,
} from './imports/cache.opkit.dev';
import { GitOpsApp, GitOpsAppProps, ManagedKinds, Operator, Verbs } from './lib';

const OPERATOR_NAMESPACE = 'opkit-system';

class ReferenceChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const api = new CacheApi(this, 'Api');
    const operator = new Operator(this, 'Operator', {
      name: 'cache-operator',
      image: 'ghcr.io/opkit/cache-operator:v0.1.0',
      namespace: OPERATOR_NAMESPACE,
      crds: api.crds,
      replicas: 2,
      serviceMonitor: true,
      webhooks: { validating: [{ crd: api.cacheCluster }] },
      conversionWebhook: true,
      networkPolicy: true,
      manages: [
        ManagedKinds.statefulSets(), ManagedKinds.services(), ManagedKinds.configMaps(),
        ManagedKinds.secrets('reads the user password Secrets named in CacheCluster.spec.users', Verbs.READ),
        ManagedKinds.podDisruptionBudgets(),
      ],
    });
    const cache = new CacheCluster(this, 'SessionCache', {
      metadata: { name: 'sessions', namespace: 'apps' },
      spec: {
        engine: CacheClusterSpecEngine.VALKEY,
        version: '8.0',
        replicas: 3,
        maxMemory: CacheClusterSpecMaxMemory.fromString('2Gi'),
        storage: { storageClassName: 'standard-rwo', size: '10Gi' },
        users: [{ name: 'web', access: CacheClusterSpecUsersAccess.READWRITE, keyPattern: 'sessions:*',
          passwordSecretRef: { name: 'sessions-cache-users', key: 'web' } }],
      },
    });
    const backup = new CacheBackup(this, 'SessionCacheBackup', {
      metadata: { name: 'sessions-nightly', namespace: 'apps' },
      spec: {
        clusterRef: { name: 'sessions' },
        schedule: '0 3 * * *',
        compression: CacheBackupSpecCompression.ZSTD,
        retention: { keepLast: 14 },
        destination: { s3: { bucket: 'acme-cache-backups', prefix: 'sessions/', credentialsSecretRef: { name: 'backup-s3' } } },
      },
    });
    backup.node.addDependency(operator);
    // Dependencies order the output: CRDs, then the controller, then the CRs.
    operator.node.addDependency(api);
    cache.node.addDependency(operator);
  }
}

/** Builds the reference app; `npm run synth` synthesizes it into dist/. */
export function createApp(props: GitOpsAppProps = {}): GitOpsApp {
  const app = new GitOpsApp(props);
  new ReferenceChart(app, 'cache-operator');
  return app;
}

if (require.main === module) {
  createApp().synth();
}
