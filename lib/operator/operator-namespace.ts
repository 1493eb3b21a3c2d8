import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { OperatorIdentity } from './operator-identity';

/** Props of {@link OperatorNamespace}. */
export interface OperatorNamespaceProps {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
  /**
   * The Pod Security Standards version the admission controller evaluates against.
   * @default 'latest'
   */
  readonly podSecurityVersion?: string;
}

/** The controller's namespace, where the API server enforces the restricted Pod Security Standard. */
export class OperatorNamespace extends Construct {
  public readonly namespace: kplus.Namespace;

  constructor(scope: Construct, id: string, props: OperatorNamespaceProps) {
    super(scope, id);
    const version = props.podSecurityVersion ?? 'latest';
    const pss: Record<string, string> = {};
    for (const mode of ['enforce', 'audit', 'warn']) {
      pss[`pod-security.kubernetes.io/${mode}`] = 'restricted';
      pss[`pod-security.kubernetes.io/${mode}-version`] = version;
    }
    this.namespace = new kplus.Namespace(this, 'Resource', {
      metadata: { name: props.identity.namespace, labels: { ...props.identity.labels('namespace'), ...pss } },
    });
  }
}
