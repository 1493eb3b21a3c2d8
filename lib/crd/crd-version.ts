import { JSONSchemaProps } from '../schema/json-schema-props';

/** A column `kubectl get` prints for the resource (`+kubebuilder:printcolumn`). */
export interface PrinterColumn {
  /** The column header, e.g. `Ready`. */
  readonly name: string;
  /** The OpenAPI type of the value. */
  readonly type: 'integer' | 'number' | 'string' | 'boolean' | 'date';
  /** A simple JSONPath into the object, e.g. `.status.readyReplicas`. Must exist in the schema. */
  readonly jsonPath: string;
  /**
   * Shown by `kubectl explain`-style tools.
   * @default none
   */
  readonly description?: string;
  /**
   * An OpenAPI format for the value, e.g. `date-time`.
   * @default none
   */
  readonly format?: 'int32' | 'int64' | 'float' | 'double' | 'byte' | 'date' | 'date-time' | 'password';
  /**
   * 0 shows the column always; higher numbers only with `kubectl get -o wide`.
   * @default 0
   */
  readonly priority?: number;
}

/** The `/scale` subresource, so `kubectl scale` and the HorizontalPodAutoscaler work on the resource. */
export interface ScaleSubresource {
  /** Path of the desired replicas, under `.spec`, e.g. `.spec.replicas`. */
  readonly specReplicasPath: string;
  /** Path of the observed replicas, under `.status`, e.g. `.status.replicas`. */
  readonly statusReplicasPath: string;
  /**
   * Path of the serialized label selector (a string) the HPA uses, under `.spec` or `.status`.
   * @default none (no HPA support)
   */
  readonly labelSelectorPath?: string;
}

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
  /** The structural OpenAPI v3 schema of the whole object (root `type: object`); see {@link Schema.resource}. */
  readonly schema: JSONSchemaProps;
  /**
   * Enable the `/status` subresource (status is then written only through it).
   * @default false
   */
  readonly statusSubresource?: boolean;
  /**
   * Enable the `/scale` subresource.
   * @default none
   */
  readonly scale?: ScaleSubresource;
  /**
   * Mark the version deprecated: clients get a warning header on every request.
   * @default false
   */
  readonly deprecated?: boolean;
  /**
   * The warning text for a deprecated version.
   * @default the API server's generic deprecation warning
   */
  readonly deprecationWarning?: string;
  /**
   * Extra columns for `kubectl get`.
   * @default none
   */
  readonly printerColumns?: PrinterColumn[];
  /**
   * JSONPaths usable as field selectors (`kubectl get --field-selector spec.engine=valkey`), at most 8.
   * @default none
   */
  readonly selectableFields?: string[];
}

/** Where the API server calls the conversion webhook. */
export interface ConversionWebhook {
  /** The Service in front of the webhook. */
  readonly serviceName: string;
  /** The Service's namespace. */
  readonly serviceNamespace: string;
  /**
   * The URL path of the conversion endpoint.
   * @default '/convert' (controller-runtime's path)
   */
  readonly path?: string;
  /**
   * The Service port.
   * @default 443
   */
  readonly port?: number;
  /**
   * ConversionReview versions the webhook understands, preferred first.
   * @default ['v1']
   */
  readonly conversionReviewVersions?: string[];
  /**
   * Base64 PEM CA bundle that signed the webhook's serving certificate. Leave it out when cert-manager's CA
   * injector fills it in (see {@link CustomResourceDefinition.addAnnotation}).
   * @default none
   */
  readonly caBundle?: string;
}
