import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { ServiceMonitor, ServiceMonitorSpecEndpointsScheme } from '../generated/monitoring.coreos.com';
import { OperatorIdentity } from './operator-identity';
import { PORTS } from './ports';
import { newClusterRole, newClusterRoleBinding } from './rbac-util';

/** Props of {@link ControllerMetrics}. */
export interface ControllerMetricsProps {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
  /**
   * Also create a prometheus-operator ServiceMonitor scraping the metrics Service.
   * @default false
   */
  readonly serviceMonitor?: boolean;
  /**
   * The Secret with the metrics server's certificate (`ca.crt`), which the ServiceMonitor verifies the endpoint
   * against (cert-manager's, see `MetricsCertificate`, or one provided by whoever manages TLS).
   * @default the identity's `metricsCertSecretName`
   */
  readonly certSecretName?: string;
}

/**
 * The secure metrics endpoint (kubebuilder's `default/metrics_service` and `rbac/metrics_*`): a Service on
 * 8443, the TokenReview/SubjectAccessReview rights controller-runtime's auth filter needs, the `metrics-reader`
 * role a scraper is bound to, and optionally a ServiceMonitor.
 */
export class ControllerMetrics extends Construct {
  public readonly service: kplus.k8s.KubeService;
  public readonly authRole: kplus.k8s.KubeClusterRole;
  public readonly readerRole: kplus.k8s.KubeClusterRole;
  public readonly serviceMonitor?: ServiceMonitor;

  constructor(scope: Construct, id: string, props: ControllerMetricsProps) {
    super(scope, id);
    const identity = props.identity;
    this.service = new kplus.k8s.KubeService(this, 'Service', {
      metadata: { ...identity.namespaced('metrics', 'metrics'), name: identity.metricsServiceName },
      spec: {
        ports: [{
          name: PORTS.metrics.name, port: PORTS.metrics.port, protocol: 'TCP',
          targetPort: kplus.k8s.IntOrString.fromNumber(PORTS.metrics.port),
        }],
        selector: identity.selector,
      },
    });

    // TokenReview and SubjectAccessReview are cluster-scoped APIs: only a ClusterRole grants them, whatever
    // namespaces the controller watches.
    this.authRole = newClusterRole(this, 'AuthRole', identity.clusterScoped('metrics-auth-role', 'metrics'), [
      { apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'], verbs: ['create'] },
      { apiGroups: ['authorization.k8s.io'], resources: ['subjectaccessreviews'], verbs: ['create'] },
    ]);
    newClusterRoleBinding(this, 'AuthRoleBinding', identity.clusterScoped('metrics-auth-rolebinding', 'metrics'),
      this.authRole, [identity.subject]);

    // Not bound here: whoever scrapes (Prometheus's ServiceAccount) is bound to it by the cluster's admin.
    this.readerRole = newClusterRole(this, 'ReaderRole', identity.clusterScoped('metrics-reader', 'metrics'), [
      { nonResourceURLs: ['/metrics'], verbs: ['get'] },
    ]);

    if (props.serviceMonitor) {
      this.serviceMonitor = new ServiceMonitor(this, 'ServiceMonitor', {
        metadata: identity.namespaced('controller-manager-metrics-monitor', 'metrics'),
        spec: {
          endpoints: [{
            path: '/metrics',
            port: PORTS.metrics.name,
            scheme: ServiceMonitorSpecEndpointsScheme.HTTPS,
            // Prometheus authenticates with its own token; the controller checks it with a TokenReview.
            bearerTokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token',
            // Verified against the CA of the certificate the controller serves (kubebuilder's monitor_tls_patch):
            // a scraper that skips verification sends its token to whoever answers.
            tlsConfig: {
              ca: { secret: { name: props.certSecretName ?? identity.metricsCertSecretName, key: 'ca.crt' } },
              serverName: `${this.service.name}.${identity.namespace}.svc`,
            },
          }],
          selector: { matchLabels: { ...identity.selector, 'app.kubernetes.io/component': 'metrics' } },
        },
      });
    }
  }
}
