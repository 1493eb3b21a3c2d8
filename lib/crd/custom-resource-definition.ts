import { ApiObject, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { ConversionWebhook, CrdVersion } from './crd-version';
import { formatCrdFinding, validateCustomResourceDefinition, ValidateCrdOptions } from './validation/validate-crd';


/** Props of {@link CustomResourceDefinition}. */
export interface CustomResourceDefinitionProps {
  /** API group, a DNS subdomain with at least one dot, e.g. `cache.example.com`. */
  readonly group: string;
  /** The kind in CamelCase, e.g. `CacheCluster`. */
  readonly kind: string;
  /**
   * Lowercase plural used in URLs.
   * @default kind lower-cased with an `s` appended
   */
  readonly plural?: string;
  /**
   * Lowercase singular name.
   * @default kind lower-cased
   */
  readonly singular?: string;
  /**
   * The kind of the list type.
   * @default `<kind>List`
   */
  readonly listKind?: string;
  /**
   * Short names for kubectl, e.g. `['cc']`.
   * @default none
   */
  readonly shortNames?: string[];
  /**
   * Groups the resource belongs to, e.g. `['all']` for `kubectl get all`.
   * @default none
   */
  readonly categories?: string[];
  /**
   * Whether objects live in a namespace.
   * @default 'Namespaced'
   */
  readonly scope?: 'Namespaced' | 'Cluster';
  /** The versions, at least one; exactly one is the storage version. */
  readonly versions: CrdVersion[];
  /**
   * Convert between versions with this webhook. Can also be set later with {@link CustomResourceDefinition.setConversionWebhook}.
   * @default strategy None (versions differ only in name)
   */
  readonly conversionWebhook?: ConversionWebhook;
  /**
   * Labels of the CRD object.
   * @default none
   */
  readonly labels?: Record<string, string>;
  /**
   * Annotations of the CRD object.
   * @default none
   */
  readonly annotations?: Record<string, string>;
  /**
   * Extra checks run at synth besides the API server's rules (CEL compilation, default values...).
   * @default only the API server's rules
   */
  readonly validation?: ValidateCrdOptions;
}

/**
 * An apiextensions.k8s.io/v1 CustomResourceDefinition authored as typed code. At synth it is validated as the API
 * server would validate it; every error fails the synth with the CRD, version and field path.
 */
export class CustomResourceDefinition extends Construct {
  public readonly group: string;
  public readonly kind: string;
  public readonly plural: string;
  public readonly singular: string;
  public readonly listKind: string;
  public readonly scope: 'Namespaced' | 'Cluster';
  /** The versions as declared. */
  public readonly versions: readonly CrdVersion[];
  /** The underlying API object. */
  public readonly apiObject: ApiObject;
  private webhook?: ConversionWebhook;
  private validation: ValidateCrdOptions;
  /** The last manifest checked and its errors (see the node validation in the constructor). */
  private checked?: { readonly key: string; readonly errors: string[] };

  constructor(scope: Construct, id: string, props: CustomResourceDefinitionProps) {
    super(scope, id);
    this.group = props.group;
    this.kind = props.kind;
    this.plural = props.plural ?? `${props.kind.toLowerCase()}s`;
    this.singular = props.singular ?? props.kind.toLowerCase();
    this.listKind = props.listKind ?? `${props.kind}List`;
    this.scope = props.scope ?? 'Namespaced';
    this.versions = [...props.versions];
    this.webhook = props.conversionWebhook;
    this.validation = props.validation ?? {};
    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: this.name, labels: props.labels, annotations: props.annotations },
      spec: Lazy.any({ produce: () => this.renderSpec(props) }),
    });
    this.node.addValidation({
      validate: () => {
        // cdk8s validates the whole app once per chart it renders: check each distinct manifest only once.
        const manifest = this.toJson();
        const key = JSON.stringify(manifest);
        if (this.checked?.key !== key) {
          const errors = validateCustomResourceDefinition(manifest, this.validation)
            .filter((f) => f.severity === 'error')
            .map((f) => formatCrdFinding(f, manifest));
          this.checked = { key, errors };
        }
        return this.checked.errors;
      },
    });
  }

  /** `<plural>.<group>`, the name the API server requires. */
  public get name(): string {
    return `${this.plural}.${this.group}`;
  }

  /** The storage version's name. */
  public get storageVersion(): string {
    const v = this.versions.find((x) => this.isStorage(x)) ?? this.versions[0];
    return v.name;
  }

  /** The `apiVersion` of this CRD's storage version, e.g. `cache.example.com/v1`. */
  public get storageApiVersion(): string {
    return `${this.group}/${this.storageVersion}`;
  }

  /** The names of every version, in declaration order. */
  public get versionNames(): string[] {
    return this.versions.map((v) => v.name);
  }

  /** The names of the versions the API server serves. */
  public get servedVersions(): string[] {
    return this.versions.filter((v) => v.served ?? true).map((v) => v.name);
  }

  /** Whether versions are converted by a webhook (which then needs a Service and a serving certificate). */
  public get hasConversionWebhook(): boolean {
    return this.webhook !== undefined;
  }

  /** The conversion webhook, if any. */
  public get conversionWebhook(): ConversionWebhook | undefined {
    return this.webhook;
  }

  /** Convert versions through this webhook; for constructs that create the webhook's Service after the CRD. */
  public setConversionWebhook(webhook: ConversionWebhook): void {
    this.webhook = webhook;
  }

  /** Add an annotation, e.g. `cert-manager.io/inject-ca-from: <namespace>/<certificate>` for the CA injector. */
  public addAnnotation(key: string, value: string): void {
    this.apiObject.metadata.addAnnotation(key, value);
  }

  /** Add a label to the CRD object. */
  public addLabel(key: string, value: string): void {
    this.apiObject.metadata.addLabel(key, value);
  }

  /** Add checks run at synth (e.g. CEL compilation, default-value validation); merged with earlier ones. */
  public addValidationOptions(options: ValidateCrdOptions): void {
    this.validation = {
      ...this.validation,
      ...options,
      extraChecks: [...(this.validation.extraChecks ?? []), ...(options.extraChecks ?? [])],
      defaultValidator: options.defaultValidator ?? this.validation.defaultValidator,
    };
    this.checked = undefined;
  }

  /** The manifest as plain JSON, exactly as synthesized. */
  public toJson(): Record<string, any> {
    return this.apiObject.toJson();
  }

  private isStorage(v: CrdVersion): boolean {
    return v.storage ?? this.versions.length === 1;
  }

  private renderSpec(props: CustomResourceDefinitionProps): Record<string, unknown> {
    return {
      group: this.group,
      names: {
        kind: this.kind,
        listKind: this.listKind,
        plural: this.plural,
        singular: this.singular,
        shortNames: props.shortNames,
        categories: props.categories,
      },
      scope: this.scope,
      versions: this.versions.map((v) => ({
        name: v.name,
        served: v.served ?? true,
        storage: this.isStorage(v),
        deprecated: v.deprecated,
        deprecationWarning: v.deprecationWarning,
        schema: { openAPIV3Schema: v.schema },
        subresources: v.statusSubresource || v.scale ? {
          status: v.statusSubresource ? {} : undefined,
          scale: v.scale,
        } : undefined,
        additionalPrinterColumns: v.printerColumns,
        selectableFields: v.selectableFields?.map((jsonPath) => ({ jsonPath })),
      })),
      conversion: this.webhook ? {
        strategy: 'Webhook',
        webhook: {
          clientConfig: {
            service: {
              name: this.webhook.serviceName,
              namespace: this.webhook.serviceNamespace,
              path: this.webhook.path ?? '/convert',
              port: this.webhook.port ?? 443,
            },
            caBundle: this.webhook.caBundle,
          },
          conversionReviewVersions: this.webhook.conversionReviewVersions ?? ['v1'],
        },
      } : undefined,
    };
  }
}
