// The admission webhooks an Operator's controller serves, as its props declare them.
import { CustomResourceDefinition } from '../crd/custom-resource-definition';

/** A kind not authored as a {@link CustomResourceDefinition} here, named for a webhook. */
export interface WebhookKind {
  /** API group, e.g. `cache.opkit.dev`. */
  readonly group: string;
  /** The version the webhook receives objects in, e.g. `v1`. */
  readonly version: string;
  /** The kind in CamelCase, e.g. `CacheCluster`. */
  readonly kind: string;
  /** Lowercase plural resource, e.g. `cacheclusters`. */
  readonly plural: string;
}

/** An admission webhook on one kind. */
export interface WebhookTarget {
  /** The kind the webhook admits. */
  readonly crd: CustomResourceDefinition | WebhookKind;
  /**
   * The operations sent to the webhook.
   * @default ['CREATE', 'UPDATE']
   */
  readonly operations?: Array<'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT'>;
  /**
   * The path the controller serves it on.
   * @default kubebuilder's `/validate-<group with dashes>-<version>-<kind lower-case>` (or `/mutate-...`)
   */
  readonly path?: string;
  /**
   * What the API server does when the webhook cannot be reached.
   * @default 'Fail'
   */
  readonly failurePolicy?: 'Fail' | 'Ignore';
  /**
   * How long the API server waits for the webhook (1 to 30 seconds, as the API server requires); a request
   * that waits longer fails or is let through according to `failurePolicy`.
   * @default 10
   */
  readonly timeoutSeconds?: number;
}

/** The admission webhooks the controller serves. */
export interface WebhookOptions {
  /**
   * Validating webhooks.
   * @default none
   */
  readonly validating?: WebhookTarget[];
  /**
   * Mutating webhooks.
   * @default none
   */
  readonly mutating?: WebhookTarget[];
}
