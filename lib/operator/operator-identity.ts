import { selectorLabels, standardLabels, OperatorLabelValues } from './labels';

/**
 * What every part of an operator shares: its name, namespace and labels. The parts (RBAC, Deployment, metrics,
 * webhooks...) are separate constructs; they take this value instead of reaching back into the Operator.
 */
export class OperatorIdentity {
  constructor(
    /** The operator's name, prefix of every object name. */
    public readonly name: string,
    /** The namespace the controller runs in. */
    public readonly namespace: string,
    private readonly labelValues: OperatorLabelValues,
  ) {}

  /** The labels the controller pods are selected by (stable across versions and construct paths). */
  public get selector(): Record<string, string> {
    return selectorLabels(this.labelValues);
  }

  /** Every standard label, for an object of the given component. */
  public labels(component: string): Record<string, string> {
    return standardLabels(this.labelValues, component);
  }

  /** `{ name, namespace, labels }` of a namespaced object named `<operator>-<suffix>`. */
  public namespaced(suffix: string, component: string) {
    return { name: `${this.name}-${suffix}`, namespace: this.namespace, labels: this.labels(component) };
  }

  /** `{ name, labels }` of a cluster-scoped object (no namespace: the API server rejects one there). */
  public clusterScoped(suffix: string, component: string) {
    return { name: `${this.name}-${suffix}`, labels: this.labels(component) };
  }

  /** The ServiceAccount's name. */
  public get serviceAccountName(): string {
    return `${this.name}-controller-manager`;
  }

  /** The Secret holding the webhook server's certificate (written by cert-manager, or by whoever manages TLS). */
  public get webhookCertSecretName(): string {
    return `${this.name}-webhook-server-cert`;
  }

  /** The Secret holding the metrics server's certificate and its CA (`ca.crt`), which the ServiceMonitor verifies against. */
  public get metricsCertSecretName(): string {
    return `${this.name}-metrics-server-cert`;
  }

  /** The name of the metrics Service. */
  public get metricsServiceName(): string {
    return `${this.name}-controller-manager-metrics-service`;
  }

  /** The RBAC subject of the controller's ServiceAccount. */
  public get subject() {
    return { kind: 'ServiceAccount' as const, name: this.serviceAccountName, namespace: this.namespace };
  }
}
