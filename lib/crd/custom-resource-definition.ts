import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { JSONSchemaProps } from './schema';

/** One version of a CRD. */
export interface CrdVersion {
  /** Version name, e.g. `v1` or `v1alpha1`. */
  readonly name: string;
  /**
   * Whether the API server serves this version.
   * @default true
   */
  readonly served?: boolean;
  /**
   * Whether objects are persisted in this version. Exactly one version must be the storage version.
   * @default true when this is the only version
   */
  readonly storage?: boolean;
  /** The structural OpenAPI v3 schema of the whole object (root `type: object`). */
  readonly schema: JSONSchemaProps;
  /**
   * Enable the `/status` subresource.
   * @default false
   */
  readonly statusSubresource?: boolean;
}

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
   * Short names for kubectl, e.g. `['cc']`.
   * @default none
   */
  readonly shortNames?: string[];
  /**
   * Whether objects live in a namespace.
   * @default 'Namespaced'
   */
  readonly scope?: 'Namespaced' | 'Cluster';
  /** The versions, at least one. */
  readonly versions: CrdVersion[];
}

/**
 * An apiextensions.k8s.io/v1 CustomResourceDefinition authored as typed code.
 */
export class CustomResourceDefinition extends Construct {
  public readonly group: string;
  public readonly kind: string;
  public readonly plural: string;
  public readonly scope: 'Namespaced' | 'Cluster';
  /** The versions as declared. */
  public readonly versions: readonly CrdVersion[];
  /** The underlying API object. */
  public readonly apiObject: ApiObject;

  constructor(scope: Construct, id: string, props: CustomResourceDefinitionProps) {
    super(scope, id);
    this.group = props.group;
    this.kind = props.kind;
    this.plural = props.plural ?? `${props.kind.toLowerCase()}s`;
    this.scope = props.scope ?? 'Namespaced';
    this.versions = props.versions;
    const single = props.versions.length === 1;
    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: this.name },
      spec: {
        group: props.group,
        names: {
          kind: props.kind,
          listKind: `${props.kind}List`,
          plural: this.plural,
          singular: props.singular ?? props.kind.toLowerCase(),
          shortNames: props.shortNames,
        },
        scope: this.scope,
        versions: props.versions.map((v) => ({
          name: v.name,
          served: v.served ?? true,
          storage: v.storage ?? single,
          schema: { openAPIV3Schema: v.schema },
          subresources: v.statusSubresource ? { status: {} } : undefined,
        })),
      },
    });
  }

  /** `<plural>.<group>`, the name the API server requires. */
  public get name(): string {
    return `${this.plural}.${this.group}`;
  }

  /** The `apiVersion` of this CRD's storage version, e.g. `cache.example.com/v1`. */
  public get storageApiVersion(): string {
    const v = this.versions.find((x) => x.storage ?? this.versions.length === 1) ?? this.versions[0];
    return `${this.group}/${v.name}`;
  }
}
