import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { CustomResourceDefinition } from '../crd/custom-resource-definition';
import { acceptFinding } from '../policy/accept';
import { ControllerDeployment, ControllerOptions } from './controller-deployment';
import { ControllerMetrics } from './controller-metrics';
import { ControllerNetworkPolicy, NetworkPolicyOptions } from './controller-network-policy';
import { ControllerRbac } from './controller-rbac';
import { CrdUserRoles } from './crd-user-roles';
import { OperatorIdentity } from './operator-identity';
import { imagePinningProblem, parseImageReference } from '../policy/image-reference';
import { toLabelValue } from './labels';
import { LeaderElectionRbac } from './leader-election-rbac';
import { MetricsCertificate } from './metrics-certificate';
import { OperatorNamespace } from './operator-namespace';
import { ManagedKind, ReconciledKind } from './managed-kinds';
import { INJECT_CA_FROM, WebhookCertificate } from './webhook-certificate';
import { WebhookOptions } from './webhook-options';
import { OperatorWebhooks } from './webhooks';
import { UserError } from '../report/user-error';

/** Props of {@link Operator}; the controller's own settings (image, replicas, resources, ...) are {@link ControllerOptions}. */
export interface OperatorProps extends ControllerOptions {
  /** Operator name: prefix of every object name and the `app.kubernetes.io/name` label (lower-case DNS label, ≤ 28 characters). */
  readonly name: string;
  /** The namespace the controller runs in. */
  readonly namespace: string;
  /** The CRDs the controller reconciles; RBAC, user roles, webhooks and conversion are derived from them. */
  readonly crds: CustomResourceDefinition[];
  /**
   * Kinds the controller also reconciles whose CRDs are not authored here (e.g. installed by another chart).
   * @default none
   */
  readonly importedKinds?: ReconciledKind[];
  /**
   * The namespaces whose Custom Resources the controller reconciles. When set, the controller's grants on
   * namespaced kinds (its CRs, their children, events, declared secrets) are a Role and RoleBinding in each of
   * them instead of a ClusterRole, and the manager gets `WATCH_NAMESPACE` (comma-separated), which it passes to
   * controller-runtime's cache (`cache.Options.DefaultNamespaces`) so it lists and watches only there.
   * Cluster-scoped kinds stay in a ClusterRole. The namespaces must exist before the RBAC is applied.
   * @default every namespace (one ClusterRole and ClusterRoleBinding)
   */
  readonly watchNamespaces?: string[];
  /**
   * Child kinds the controller creates and owns, each with exactly the verbs it uses (see `ManagedKinds`).
   * @default none
   */
  readonly manages?: ManagedKind[];
  /**
   * The `app.kubernetes.io/instance` label: tells installations of the same operator apart.
   * @default the name
   */
  readonly instance?: string;
  /**
   * The `app.kubernetes.io/version` label.
   * @default the image tag (none for a digest-only image)
   */
  readonly version?: string;
  /**
   * Create the namespace, labelled to enforce the restricted Pod Security Standard.
   * @default true
   */
  readonly createNamespace?: boolean;
  /**
   * The `pod-security.kubernetes.io/*-version` of the namespace.
   * @default 'latest'
   */
  readonly podSecurityVersion?: string;
  /**
   * Create a prometheus-operator ServiceMonitor for the metrics (requires `metrics`). It verifies the endpoint's
   * certificate: with cert-manager, a certificate for the metrics Service is issued and served; without, provide
   * the Secret `<name>-metrics-server-cert` (`ca.crt`, `tls.crt`, `tls.key`).
   * @default false
   */
  readonly serviceMonitor?: boolean;
  /**
   * Admission webhooks served by the controller.
   * @default none
   */
  readonly webhooks?: WebhookOptions;
  /**
   * Serve a conversion webhook for every CRD with more than one version.
   * @default false
   */
  readonly conversionWebhook?: boolean;
  /**
   * Get the webhook certificate (and, with a ServiceMonitor, the metrics certificate) from cert-manager and
   * inject its CA into webhooks and converted CRDs.
   * @default true when any webhook or the ServiceMonitor is enabled
   */
  readonly certManager?: boolean;
  /**
   * A NetworkPolicy that denies the controller pods all traffic except: in, metrics (8443) from the scraper
   * and webhooks (9443) from the API server; out, DNS and the API server (443/6443). `true` uses the defaults
   * of {@link NetworkPolicyOptions}; an object sets the scraper, the API server's CIDRs, DNS and extra egress.
   * @default true
   */
  readonly networkPolicy?: boolean | NetworkPolicyOptions;
}

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
// `<name>-controller-manager-metrics-service` must stay a 63-character DNS label.
const MAX_NAME = 28;

/**
 * The custom controller of an operator, as kubebuilder's `config/` lays it out: namespace, ServiceAccount,
 * least-privilege RBAC derived from its CRDs, user roles, the Deployment, and optionally metrics,
 * ServiceMonitor, webhooks with cert-manager certificates, conversion, and a NetworkPolicy.
 */
export class Operator extends Construct {
  public readonly identity: OperatorIdentity;
  public readonly namespace?: OperatorNamespace;
  public readonly serviceAccount: kplus.ServiceAccount;
  public readonly rbac: ControllerRbac;
  public readonly leaderElection: LeaderElectionRbac;
  public readonly userRoles: CrdUserRoles[];
  public readonly controller: ControllerDeployment;
  public readonly metrics?: ControllerMetrics;
  public readonly webhooks?: OperatorWebhooks;
  public readonly certificate?: WebhookCertificate;
  /** Present with a ServiceMonitor and cert-manager. */
  public readonly metricsCertificate?: MetricsCertificate;
  public readonly networkPolicy?: ControllerNetworkPolicy;

  constructor(scope: Construct, id: string, props: OperatorProps) {
    super(scope, id);
    this.validate(props);
    const tag = parseImageReference(props.image).tag;
    const version = props.version ?? (tag ? toLabelValue(tag) : undefined);
    this.identity = new OperatorIdentity(props.name, props.namespace, {
      name: props.name, instance: props.instance ?? props.name, version,
    });
    const identity = this.identity;

    if (props.createNamespace ?? true) {
      this.namespace = new OperatorNamespace(this, 'Namespace', { identity, podSecurityVersion: props.podSecurityVersion });
    }
    this.serviceAccount = new kplus.ServiceAccount(this, 'ServiceAccount', {
      metadata: { ...identity.namespaced('controller-manager', 'rbac'), name: identity.serviceAccountName },
      // cdk8s-plus turns the token off by default; the controller needs it to reach the API server.
      automountToken: true,
    });

    const reconciled: ReconciledKind[] = [...props.crds, ...(props.importedKinds ?? [])];
    this.rbac = new ControllerRbac(this, 'Rbac', { identity, watchNamespaces: props.watchNamespaces });
    reconciled.forEach((kind) => this.rbac.grantReconcile(kind));
    (props.manages ?? []).forEach((kind) => this.rbac.grantManage(kind));
    this.leaderElection = new LeaderElectionRbac(this, 'LeaderElection', { identity });
    this.userRoles = props.crds.map((crd) => new CrdUserRoles(this, `UserRoles-${crd.plural}.${crd.group}`, { identity, kind: crd }));

    const metrics = props.metrics ?? true;
    const certManager = props.certManager ?? true;
    const conversionCrds = props.conversionWebhook ? props.crds.filter((crd) => crd.versions.length > 1) : [];
    const hasWebhooks = !!props.webhooks?.validating?.length || !!props.webhooks?.mutating?.length || conversionCrds.length > 0;
    if (hasWebhooks) {
      this.webhooks = new OperatorWebhooks(this, 'Webhooks', { identity, ...props.webhooks });
      conversionCrds.forEach((crd) => this.webhooks!.addConversion(crd));
      if (certManager) {
        this.certificate = new WebhookCertificate(this, 'WebhookCertificate', { identity, serviceName: this.webhooks.service.name });
        for (const target of [this.webhooks.validating, this.webhooks.mutating, ...conversionCrds.map((c) => c.apiObject)]) {
          target?.metadata.addAnnotation(INJECT_CA_FROM, this.certificate.injectCaFrom);
        }
      }
    }

    if (props.serviceMonitor && certManager) {
      this.metricsCertificate = new MetricsCertificate(this, 'MetricsCertificate', {
        identity, serviceName: identity.metricsServiceName, issuer: this.certificate?.issuer,
      });
    }

    this.controller = new ControllerDeployment(this, 'Controller', {
      identity,
      serviceAccount: this.serviceAccount,
      image: props.image,
      replicas: props.replicas,
      resources: props.resources,
      extraArgs: props.extraArgs,
      env: props.watchNamespaces ? { ...props.env, WATCH_NAMESPACE: props.watchNamespaces.join(',') } : props.env,
      metrics,
      webhookCertSecretName: hasWebhooks ? identity.webhookCertSecretName : undefined,
      metricsCertSecretName: props.serviceMonitor ? identity.metricsCertSecretName : undefined,
    });
    if (metrics) {
      this.metrics = new ControllerMetrics(this, 'Metrics', { identity, serviceMonitor: props.serviceMonitor });
    }
    const networkPolicy = props.networkPolicy ?? true;
    if (networkPolicy !== false) {
      this.networkPolicy = new ControllerNetworkPolicy(this, 'NetworkPolicy', {
        identity, metrics, webhooks: hasWebhooks, ...(networkPolicy === true ? {} : networkPolicy),
      });
    }
  }

  /** The controller's Deployment (cdk8s-plus). */
  public get deployment(): kplus.Deployment {
    return this.controller.deployment;
  }

  /** The controller's ClusterRole: every grant, or with `watchNamespaces` only cluster-scoped kinds (absent without any). */
  public get clusterRole(): kplus.k8s.KubeClusterRole | undefined {
    return this.rbac.clusterRole;
  }

  /** Lets the controller use exactly `kind.verbs` on a child kind (secrets need a `reason`). */
  public grantManage(kind: ManagedKind): void {
    this.rbac.grantManage(kind);
  }

  /** Lets the controller reconcile another kind: get/list/watch/update/patch, its status and finalizers. */
  public grantReconcile(kind: ReconciledKind): void {
    this.rbac.grantReconcile(kind);
  }

  /** Accepts policy finding `rule` on every object of this operator, recording why. */
  public acceptFinding(rule: string, reason: string): void {
    acceptFinding(this, rule, reason);
  }

  private validate(props: OperatorProps): void {
    const at = this.node.path;
    if (!NAME.test(props.name) || props.name.length > MAX_NAME) {
      throw new UserError(`${at}: name "${props.name}" must be a lower-case DNS label of at most ${MAX_NAME} characters ` +
        '(letters, digits, "-"), since it prefixes every object name: e.g. "cache-operator"');
    }
    const imageProblem = imagePinningProblem(props.image);
    if (imageProblem) throw new UserError(`${at}: ${imageProblem}`);
    if (props.serviceMonitor && props.metrics === false) {
      throw new UserError(`${at}: serviceMonitor needs metrics: remove \`metrics: false\` or \`serviceMonitor: true\``);
    }
    const namespaces = props.watchNamespaces;
    if (namespaces !== undefined) {
      const bad = namespaces.find((n) => !NAME.test(n) || n.length > 63);
      if (namespaces.length === 0) throw new UserError(`${at}: watchNamespaces is empty: list the namespaces of the Custom Resources, or leave it out to watch all`);
      if (bad !== undefined) throw new UserError(`${at}: watchNamespaces: "${bad}" is not a namespace name (a lower-case DNS label)`);
      if (new Set(namespaces).size !== namespaces.length) throw new UserError(`${at}: watchNamespaces lists a namespace twice`);
      if (props.env?.WATCH_NAMESPACE !== undefined) {
        throw new UserError(`${at}: env.WATCH_NAMESPACE is set by watchNamespaces: remove it from env`);
      }
    }
    if (props.conversionWebhook && !props.crds.some((crd) => crd.versions.length > 1)) {
      throw new UserError(`${at}: conversionWebhook is set but no CRD has more than one version: remove it, or add a version`);
    }
  }
}
