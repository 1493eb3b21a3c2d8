import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { OperatorIdentity } from './operator-identity';
import { PORTS } from './ports';
import { UserError } from '../report/user-error';

/** Pods selected by their labels in namespaces selected by theirs (both must match). */
export interface PeerSelector {
  /** Labels of the namespaces, e.g. `{ 'kubernetes.io/metadata.name': 'monitoring' }`. */
  readonly namespaceLabels: Record<string, string>;
  /**
   * Labels of the pods in them.
   * @default every pod of those namespaces
   */
  readonly podLabels?: Record<string, string>;
}

/** Who the controller pods talk to, for {@link ControllerNetworkPolicy}. */
export interface NetworkPolicyOptions {
  /**
   * Who may scrape the metrics port (8443).
   * @default pods labelled `app.kubernetes.io/name: prometheus` in the namespace `monitoring` (kube-prometheus)
   */
  readonly metricsScrapers?: PeerSelector;
  /**
   * The API server's addresses (CIDRs): the only source allowed on the webhook port (9443) and the only
   * destination on 443/6443. The API server is not a pod of the cluster network (it runs on the control plane
   * nodes' network or, on managed clusters, outside the cluster), so no pod or namespace selector can match it.
   * @default any address, but only on those ports
   */
  readonly apiServerCidrs?: string[];
  /**
   * The cluster DNS, reached on UDP and TCP 53.
   * @default pods labelled `k8s-app: kube-dns` (CoreDNS and kube-dns) in the namespace `kube-system`
   */
  readonly dns?: PeerSelector;
  /**
   * More egress the controller needs (e.g. to the workloads it configures).
   * @default none
   */
  readonly extraEgress?: kplus.k8s.NetworkPolicyEgressRule[];
}

/** Props of {@link ControllerNetworkPolicy}. */
export interface ControllerNetworkPolicyProps extends NetworkPolicyOptions {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
  /** Whether the metrics port accepts scrapes. */
  readonly metrics: boolean;
  /** Whether the webhook port accepts the API server's calls. */
  readonly webhooks: boolean;
}

export const DEFAULT_METRICS_SCRAPERS: PeerSelector = {
  namespaceLabels: { 'kubernetes.io/metadata.name': 'monitoring' }, podLabels: { 'app.kubernetes.io/name': 'prometheus' },
};
export const DEFAULT_DNS: PeerSelector = {
  namespaceLabels: { 'kubernetes.io/metadata.name': 'kube-system' }, podLabels: { 'k8s-app': 'kube-dns' },
};
/** The API server as the controller reaches it: the `kubernetes` Service (443) and, after DNAT, its endpoints (6443). */
const API_SERVER_PORTS = [443, 6443];
const CIDR = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+)\/\d{1,3}$/;

const tcp = (port: number, protocol = 'TCP') => ({ port: kplus.k8s.IntOrString.fromNumber(port), protocol });
const peer = (p: PeerSelector) => ({
  namespaceSelector: { matchLabels: { ...p.namespaceLabels } },
  ...(p.podLabels ? { podSelector: { matchLabels: { ...p.podLabels } } } : {}),
});

/**
 * Default-deny for the controller pods, both ways (kubebuilder's `config/network-policy`, extended to egress):
 * in, the metrics port from the scraper and the webhook port from the API server; out, DNS and the API server.
 * Kubelet probes come from the node and are not subject to NetworkPolicy.
 */
export class ControllerNetworkPolicy extends Construct {
  public readonly policy: kplus.k8s.KubeNetworkPolicy;

  constructor(scope: Construct, id: string, props: ControllerNetworkPolicyProps) {
    super(scope, id);
    const bad = (props.apiServerCidrs ?? []).find((c) => !CIDR.test(c));
    if (bad !== undefined) throw new UserError(`${this.node.path}: apiServerCidrs: "${bad}" is not a CIDR such as "10.0.0.0/16" or "fd00::/64"`);
    if (props.apiServerCidrs?.length === 0) throw new UserError(`${this.node.path}: apiServerCidrs is empty: list the API server's CIDRs or leave it out`);
    const apiServer = props.apiServerCidrs?.map((cidr) => ({ ipBlock: { cidr } }));
    const ingress: kplus.k8s.NetworkPolicyIngressRule[] = [];
    if (props.metrics) ingress.push({ from: [peer(props.metricsScrapers ?? DEFAULT_METRICS_SCRAPERS)], ports: [tcp(PORTS.metrics.port)] });
    if (props.webhooks) ingress.push({ ...(apiServer ? { from: apiServer } : {}), ports: [tcp(PORTS.webhook.port)] });
    const egress: kplus.k8s.NetworkPolicyEgressRule[] = [
      { to: [peer(props.dns ?? DEFAULT_DNS)], ports: [tcp(53, 'UDP'), tcp(53)] },
      { ...(apiServer ? { to: apiServer } : {}), ports: API_SERVER_PORTS.map((p) => tcp(p)) },
      ...(props.extraEgress ?? []),
    ];
    this.policy = new kplus.k8s.KubeNetworkPolicy(this, 'Resource', {
      metadata: props.identity.namespaced('controller-manager', 'network-policy'),
      spec: {
        podSelector: { matchLabels: props.identity.selector },
        policyTypes: ['Ingress', 'Egress'],
        ingress,
        egress,
      },
    });
  }
}
