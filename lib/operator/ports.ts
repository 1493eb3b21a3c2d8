/**
 * The controller's ports, as kubebuilder's scaffold (controller-runtime defaults) lays them out.
 * One place, so the Deployment, Services, NetworkPolicy and probes cannot disagree.
 */
export const PORTS = {
  /** `--health-probe-bind-address`: /healthz and /readyz. */
  health: { name: 'health', port: 8081 },
  /** `--metrics-bind-address`: /metrics over HTTPS with authn/authz (controller-runtime's filters). */
  metrics: { name: 'https', port: 8443 },
  /** The webhook server (admission and conversion). */
  webhook: { name: 'webhook-server', port: 9443 },
  /** The port the webhook Service exposes to the API server. */
  webhookService: 443,
} as const;

/** Where controller-runtime's webhook server reads `tls.crt` / `tls.key` by default. */
export const WEBHOOK_CERT_DIR = '/tmp/k8s-webhook-server/serving-certs';

/** Where the manager reads the metrics server's `tls.crt` / `tls.key` (`--metrics-cert-path`, kubebuilder's layout). */
export const METRICS_CERT_DIR = '/tmp/k8s-metrics-server/metrics-certs';
