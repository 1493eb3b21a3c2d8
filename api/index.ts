import { Construct } from 'constructs';
import { CacheBackupCrd } from './cache-backup-crd';
import { CacheClusterCrd } from './cache-cluster-crd';

export * from './cache-cluster-crd';
export * from './cache-backup-crd';

/** Every CRD of the reference operator's API. */
export class CacheApi extends Construct {
  public readonly cacheCluster: CacheClusterCrd;
  public readonly cacheBackup: CacheBackupCrd;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cacheCluster = new CacheClusterCrd(this, 'CacheCluster');
    this.cacheBackup = new CacheBackupCrd(this, 'CacheBackup');
  }

  /** All CRDs, for RBAC and import. */
  public get crds() {
    return [this.cacheCluster, this.cacheBackup];
  }
}
