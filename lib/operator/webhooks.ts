import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { CustomResourceDefinition } from '../crd/custom-resource-definition';
import { OperatorIdentity } from './operator-identity';
import { PORTS } from './ports';
import { WebhookKind, WebhookOptions, WebhookTarget } from './webhook-options';
import { UserError } from '../report/user-error';

/** Props of {@link OperatorWebhooks}. */
export interface OperatorWebhooksProps extends WebhookOptions {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
}

/** How long the API server waits for an admission webhook unless the target says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 10;

/** The path the conversion webhook is served on (controller-runtime's default). */
export const CONVERSION_PATH = '/convert';

/**
 * The webhook server's Service (443 → 9443) and the Validating/MutatingWebhookConfigurations
 * (kubebuilder's `config/webhook`), plus the conversion webhook wired into multi-version CRDs.
 */
export class OperatorWebhooks extends Construct {
  public readonly service: kplus.k8s.KubeService;
  public readonly validating?: kplus.k8s.KubeValidatingWebhookConfiguration;
  public readonly mutating?: kplus.k8s.KubeMutatingWebhookConfiguration;
  private readonly identity: OperatorIdentity;

  constructor(scope: Construct, id: string, props: OperatorWebhooksProps) {
    super(scope, id);
    this.identity = props.identity;
    this.service = new kplus.k8s.KubeService(this, 'Service', {
      metadata: props.identity.namespaced('webhook-service', 'webhook'),
      spec: {
        ports: [{
          port: PORTS.webhookService, protocol: 'TCP',
          targetPort: kplus.k8s.IntOrString.fromNumber(PORTS.webhook.port),
        }],
        selector: props.identity.selector,
      },
    });
    if (props.validating?.length) {
      this.validating = new kplus.k8s.KubeValidatingWebhookConfiguration(this, 'Validating', {
        metadata: props.identity.clusterScoped('validating-webhook-configuration', 'webhook'),
        webhooks: props.validating.map((t) => this.webhook(t, 'validate')),
      });
    }
    if (props.mutating?.length) {
      this.mutating = new kplus.k8s.KubeMutatingWebhookConfiguration(this, 'Mutating', {
        metadata: props.identity.clusterScoped('mutating-webhook-configuration', 'webhook'),
        webhooks: props.mutating.map((t) => this.webhook(t, 'mutate')),
      });
    }
  }

  /** The Service reference the API server calls, for `path`. */
  public clientConfig(path: string) {
    return { service: { name: this.service.name, namespace: this.identity.namespace, path, port: PORTS.webhookService } };
  }

  /**
   * Sets `spec.conversion` on a CRD with more than one version, so the API server asks the controller to
   * convert between them. Returns false (and leaves the CRD alone) when it has a single version.
   */
  public addConversion(crd: CustomResourceDefinition): boolean {
    if (crd.versions.length < 2) return false;
    // Through the CRD's own API (not a patch of its output), so `crd.conversionWebhook` tells the truth.
    crd.setConversionWebhook({
      serviceName: this.service.name, serviceNamespace: this.identity.namespace, path: CONVERSION_PATH,
      port: PORTS.webhookService, conversionReviewVersions: ['v1'],
    });
    return true;
  }

  private webhook(target: WebhookTarget, verb: 'validate' | 'mutate') {
    const kind = webhookKind(target.crd);
    const timeoutSeconds = target.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
    // The API server's range (ValidateWebhook in pkg/apis/admissionregistration/validation).
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 30) {
      throw new UserError(`${this.node.path}: webhook for ${kind.kind}: timeoutSeconds must be a whole number between 1 and 30, got ${timeoutSeconds}`);
    }
    const path = target.path ?? `/${verb}-${kind.group.replace(/\./g, '-')}-${kind.version}-${kind.kind.toLowerCase()}`;
    return {
      // kubebuilder names them `<v|m><kind>-<version>.kb.io`; the group makes ours unique across operators.
      name: `${verb[0]}${kind.kind.toLowerCase()}-${kind.version}.${kind.group}`,
      admissionReviewVersions: ['v1'],
      sideEffects: 'None',
      failurePolicy: target.failurePolicy ?? 'Fail',
      timeoutSeconds,
      clientConfig: this.clientConfig(path),
      rules: [{
        apiGroups: [kind.group],
        apiVersions: [kind.version],
        resources: [kind.plural],
        operations: target.operations ?? ['CREATE', 'UPDATE'],
      }],
      // Never intercept kube-system or the operator's own namespace: a webhook that is down must not block the
      // cluster's own components or the operator's repair.
      namespaceSelector: {
        matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: [...new Set(['kube-system', this.identity.namespace])] }],
      },
    };
  }
}

function webhookKind(crd: CustomResourceDefinition | WebhookKind): WebhookKind {
  if (!(crd instanceof CustomResourceDefinition)) return crd;
  return { group: crd.group, version: crd.storageApiVersion.split('/')[1], kind: crd.kind, plural: crd.plural };
}
