import { ApiObjectMetadata } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { CustomResourceDefinition } from '../crd/custom-resource-definition';

/** Props of {@link Operator}. */
export interface OperatorProps {
  /** Operator name; used for object names and the `app.kubernetes.io/name` label. */
  readonly name: string;
  /** The controller image, pinned by tag or digest. */
  readonly image: string;
  /** The namespace the controller runs in. */
  readonly namespace: string;
  /** The CRDs the controller reconciles; RBAC is derived from them. */
  readonly crds: CustomResourceDefinition[];
  /**
   * Number of controller replicas.
   * @default 1
   */
  readonly replicas?: number;
}

/**
 * The custom controller of an operator: its ServiceAccount, Deployment and the RBAC it needs on its CRDs.
 */
export class Operator extends Construct {
  public readonly serviceAccount: kplus.ServiceAccount;
  public readonly deployment: kplus.Deployment;
  public readonly clusterRole: kplus.ClusterRole;

  constructor(scope: Construct, id: string, props: OperatorProps) {
    super(scope, id);
    const meta = (suffix = ''): ApiObjectMetadata => ({
      name: `${props.name}${suffix}`,
      namespace: props.namespace,
      labels: { 'app.kubernetes.io/name': props.name, 'app.kubernetes.io/managed-by': 'opkit' },
    });

    this.serviceAccount = new kplus.ServiceAccount(this, 'ServiceAccount', {
      metadata: meta('-controller'),
      automountToken: true,
    });

    // ClusterRole objects are cluster-scoped: no namespace.
    this.clusterRole = new kplus.ClusterRole(this, 'ClusterRole', {
      metadata: { ...meta('-controller'), namespace: undefined },
    });
    for (const crd of props.crds) {
      const resource = (type: string) => kplus.ApiResource.custom({ apiGroup: crd.group, resourceType: type });
      this.clusterRole.allow(['get', 'list', 'watch', 'update', 'patch'], resource(crd.plural));
      this.clusterRole.allow(['get', 'update', 'patch'], resource(`${crd.plural}/status`));
    }
    const binding = new kplus.ClusterRoleBinding(this, 'ClusterRoleBinding', {
      metadata: { ...meta('-controller'), namespace: undefined },
      role: this.clusterRole,
    });
    binding.addSubjects(this.serviceAccount);

    this.deployment = new kplus.Deployment(this, 'Deployment', {
      metadata: meta('-controller'),
      replicas: props.replicas ?? 1,
      serviceAccount: this.serviceAccount,
      automountServiceAccountToken: true,
      containers: [{
        name: 'manager',
        image: props.image,
        args: ['--leader-elect'],
        portNumber: 8081,
      }],
    });
  }
}
