import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { OperatorIdentity } from './identity';

/** Props of {@link ControllerNetworkPolicy}. */
export interface ControllerNetworkPolicyProps {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
  /** The container ports that accept traffic (metrics, webhook); everything else is denied. */
  readonly allowedPorts: number[];
}

/**
 * Default-deny ingress for the controller pods, opening only the declared ports (kubebuilder's
 * `config/network-policy`). Kubelet probes come from the node and are not subject to NetworkPolicy.
 */
export class ControllerNetworkPolicy extends Construct {
  public readonly policy: kplus.k8s.KubeNetworkPolicy;

  constructor(scope: Construct, id: string, props: ControllerNetworkPolicyProps) {
    super(scope, id);
    this.policy = new kplus.k8s.KubeNetworkPolicy(this, 'Resource', {
      metadata: props.identity.namespaced('controller-manager', 'network-policy'),
      spec: {
        podSelector: { matchLabels: props.identity.selector },
        policyTypes: ['Ingress'],
        ingress: props.allowedPorts.map((port) => ({
          ports: [{ port: kplus.k8s.IntOrString.fromNumber(port), protocol: 'TCP' }],
        })),
      },
    });
  }
}
