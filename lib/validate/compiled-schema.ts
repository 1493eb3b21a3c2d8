import { JSONSchemaProps } from '../schema/json-schema-props';
import { Finding } from '../report/finding';

/** How unknown fields are reported: kubectl's default strict field validation is `error`. */
export type UnknownFieldPolicy = 'error' | 'warn' | 'ignore';

/** A schema node as the validator reads it: JSONSchemaProps plus `$ref`, used by the built-in kinds' schemas. */
export type SchemaNode = JSONSchemaProps & { readonly $ref?: string };

/** State of one validation run, shared by every compiled node. */
export interface WalkContext {
  /** Findings are appended here. */
  readonly out: Finding[];
  readonly unknownFields: UnknownFieldPolicy;
  /** Called for every embedded resource (x-kubernetes-embedded-resource) and for the root object's metadata. */
  readonly onResource?: (value: Record<string, unknown>, path: string, out: Finding[], root: boolean) => void;
  /** Counts what a junctor branch looked at (kube-openapi's MatchCount), to pick the branch whose errors to report. */
  readonly matches?: { n: number };
}

/** A compiled schema: validates `value` found at the kubectl field `path`, appending findings to the context. */
export type CompiledSchema = (value: unknown, path: string, ctx: WalkContext) => void;
