import { Construct } from 'constructs';
import { CacheClusterCrd } from './cache-cluster-crd';

export * from './cache-cluster-crd';

/** Every CRD of the reference operator's API. */
export class CacheApi extends Construct {
  public readonly cacheCluster: CacheClusterCrd;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cacheCluster = new CacheClusterCrd(this, 'CacheCluster');
  }

  /** All CRDs, for RBAC and import. */
  public get crds() {
    return [this.cacheCluster];
  }
}
