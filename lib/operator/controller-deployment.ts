import { ApiObject, Duration, JsonPatch, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { OperatorIdentity } from './operator-identity';
import { METRICS_CERT_DIR, PORTS, WEBHOOK_CERT_DIR } from './ports';
import { UserError } from '../report/user-error';

/**
 * The settings of the controller a user chooses, declared once: {@link OperatorProps} takes them and passes them
 * on to {@link ControllerDeploymentProps}.
 */
export interface ControllerOptions {
  /** The controller image, pinned by tag (not `latest`) or digest (the Operator checks it). */
  readonly image: string;
  /**
   * Number of controller replicas (leader election keeps one active); above 1, pods are spread over nodes and
   * zones (topology spread and a preferred pod anti-affinity) and a PodDisruptionBudget keeps one up.
   * @default 1
   */
  readonly replicas?: number;
  /**
   * CPU and memory requests and limits of the manager container.
   * @default requests 10m CPU / 64Mi, limits 500m CPU / 128Mi (kubebuilder's scaffold)
   */
  readonly resources?: kplus.ContainerResources;
  /**
   * Arguments of the manager, appended after the standard ones.
   * @default none
   */
  readonly extraArgs?: string[];
  /**
   * Environment variables of the manager container.
   * @default none
   */
  readonly env?: Record<string, string>;
  /**
   * Serve authenticated metrics on 8443 (the Operator adds their Service and roles); when false,
   * `--metrics-bind-address=0` turns the endpoint off.
   * @default true
   */
  readonly metrics?: boolean;
}

/** Props of {@link ControllerDeployment}. */
export interface ControllerDeploymentProps extends ControllerOptions {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
  /** The ServiceAccount the pods run as. */
  readonly serviceAccount: kplus.ServiceAccount;
  /**
   * The Secret holding the webhook server's certificate; when set, port 9443 is opened and the Secret is
   * mounted where controller-runtime reads it.
   * @default no webhook server
   */
  readonly webhookCertSecretName?: string;
  /**
   * The Secret holding the metrics server's certificate; when set, it is mounted and passed as
   * `--metrics-cert-path`, so the scraper can verify the endpoint.
   * @default controller-runtime's generated self-signed certificate
   */
  readonly metricsCertSecretName?: string;
}

/**
 * The controller-manager Deployment: kubebuilder's `config/manager` with production defaults — restricted
 * security context, probes, resources, leader election, and a selector that does not depend on the construct
 * path (moving the construct must not orphan the running pods: a Deployment's selector is immutable).
 */
export class ControllerDeployment extends Construct {
  public readonly deployment: kplus.Deployment;
  public readonly container: kplus.Container;
  /** Present when replicas > 1. */
  public readonly podDisruptionBudget?: kplus.k8s.KubePodDisruptionBudget;

  constructor(scope: Construct, id: string, props: ControllerDeploymentProps) {
    super(scope, id);
    const identity = props.identity;
    const replicas = props.replicas ?? 1;
    if (!Number.isInteger(replicas) || replicas < 1) {
      throw new UserError(`${this.node.path}: replicas must be a whole number of at least 1, got ${replicas}`);
    }
    const metrics = props.metrics ?? true;
    const ports: kplus.ContainerPort[] = [{ name: PORTS.health.name, number: PORTS.health.port }];
    if (metrics) ports.push({ name: PORTS.metrics.name, number: PORTS.metrics.port });
    if (props.webhookCertSecretName) ports.push({ name: PORTS.webhook.name, number: PORTS.webhook.port });

    this.deployment = new kplus.Deployment(this, 'Resource', {
      metadata: identity.namespaced('controller-manager', 'controller'),
      // cdk8s-plus would select on a label derived from the construct path; we select on stable labels.
      select: false,
      podMetadata: { labels: identity.labels('controller'), annotations: { 'kubectl.kubernetes.io/default-container': 'manager' } },
      replicas,
      serviceAccount: props.serviceAccount,
      // cdk8s-plus turns the token off by default; a controller talks to the API server with it.
      automountServiceAccountToken: true,
      terminationGracePeriod: Duration.seconds(10),
      securityContext: { ensureNonRoot: true },
      containers: [{
        name: 'manager',
        image: props.image,
        // The image is pinned (tag or digest), so a cached copy is the same image.
        imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
        args: [
          '--leader-elect',
          `--health-probe-bind-address=:${PORTS.health.port}`,
          metrics ? `--metrics-bind-address=:${PORTS.metrics.port}` : '--metrics-bind-address=0',
          ...(metrics && props.metricsCertSecretName ? [`--metrics-cert-path=${METRICS_CERT_DIR}`] : []),
          ...(props.extraArgs ?? []),
        ],
        envVariables: Object.fromEntries(Object.entries(props.env ?? {}).map(([k, v]) => [k, kplus.EnvValue.fromValue(v)])),
        ports,
        liveness: kplus.Probe.fromHttpGet('/healthz', {
          port: PORTS.health.port, initialDelaySeconds: Duration.seconds(15), periodSeconds: Duration.seconds(20),
        }),
        readiness: kplus.Probe.fromHttpGet('/readyz', {
          port: PORTS.health.port, initialDelaySeconds: Duration.seconds(5), periodSeconds: Duration.seconds(10),
        }),
        resources: props.resources ?? {
          cpu: { request: kplus.Cpu.millis(10), limit: kplus.Cpu.millis(500) },
          memory: { request: Size.mebibytes(64), limit: Size.mebibytes(128) },
        },
        securityContext: {
          ensureNonRoot: true,
          privileged: false,
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          // cdk8s-plus's Capability enum has no ALL, though the API server (and PSS restricted) take it.
          capabilities: { drop: ['ALL' as kplus.Capability] },
        },
      }],
    });
    this.container = this.deployment.containers[0];
    this.deployment.select(kplus.LabelSelector.of({ labels: identity.selector }));

    if (props.webhookCertSecretName) {
      const secret = kplus.Secret.fromSecretName(this, 'WebhookCertSecret', props.webhookCertSecretName);
      const volume = kplus.Volume.fromSecret(this, 'WebhookCertVolume', secret, { name: 'cert', defaultMode: 0o644 });
      this.container.mount(WEBHOOK_CERT_DIR, volume, { readOnly: true });
    }
    if (metrics && props.metricsCertSecretName) {
      const secret = kplus.Secret.fromSecretName(this, 'MetricsCertSecret', props.metricsCertSecretName);
      const volume = kplus.Volume.fromSecret(this, 'MetricsCertVolume', secret, { name: 'metrics-certs', defaultMode: 0o644 });
      this.container.mount(METRICS_CERT_DIR, volume, { readOnly: true });
    }

    const apiObject = ApiObject.of(this.deployment);
    // What cdk8s-plus cannot express: drop its path-derived pod label, and the pod-level seccomp profile.
    apiObject.addJsonPatch(
      JsonPatch.remove('/spec/template/metadata/labels/cdk8s.io~1metadata.addr'),
      JsonPatch.add('/spec/template/spec/securityContext/seccompProfile', { type: 'RuntimeDefault' }),
    );

    if (replicas > 1) {
      const spread = (topologyKey: string) => ({
        maxSkew: 1,
        topologyKey,
        // ScheduleAnyway: a small cluster (one node or one zone) still runs every replica.
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: identity.selector },
      });
      apiObject.addJsonPatch(JsonPatch.add('/spec/template/spec/topologySpreadConstraints', [
        spread('kubernetes.io/hostname'),
        spread('topology.kubernetes.io/zone'),
      ]), JsonPatch.add('/spec/template/spec/affinity', {
        // Preferred, not required: a one-node cluster still runs every replica (kube-linter's no-anti-affinity).
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [{
            weight: 100,
            podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: identity.selector } },
          }],
        },
      }));
      this.podDisruptionBudget = new kplus.k8s.KubePodDisruptionBudget(this, 'PodDisruptionBudget', {
        metadata: identity.namespaced('controller-manager', 'controller'),
        spec: {
          maxUnavailable: kplus.k8s.IntOrString.fromNumber(1),
          selector: { matchLabels: identity.selector },
          // A replica that runs but is not ready protects nothing: let a drain evict it.
          unhealthyPodEvictionPolicy: 'AlwaysAllow',
        },
      });
    }
  }
}
