import { child, key } from '../../apimachinery/field-path';
import { isObject, Node } from '../validation/schema-node';

/**
 * One schema node as it is in the previous revision of a CRD version and in the new one, at the same place:
 * the unit every property rule compares. `path` is the field path of the node inside the new CRD, in the API
 * server's form: `spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[replicas]`.
 */
export interface SchemaPair {
  readonly old: Node;
  readonly new: Node;
  readonly path: string;
  /** The version name, for messages. */
  readonly version: string;
}

/** A rule over one schema pair: the changes it finds, as violations (the check turns them into findings). */
export type PairRule = (pair: SchemaPair) => Violation[];

/** A change a rule found: its stable id, where, what and how bad. */
export interface Violation {
  readonly rule: string;
  readonly field: string;
  readonly message: string;
  /** @default 'error' */
  readonly severity?: 'error' | 'warning';
}

/**
 * Every node present in both revisions (through properties, additionalProperties and items), root first.
 * Nodes only in the new revision are additions (safe by construction); nodes only in the old one are reported
 * by the field rules on their parent pair. Value validations (allOf, anyOf, oneOf, not) are compared as a whole.
 */
export function schemaPairs(old: Node, next: Node, path: string, version: string): SchemaPair[] {
  const out: SchemaPair[] = [{ old, new: next, path, version }];
  const oldProps = isObject(old.properties) ? old.properties : {};
  const newProps = isObject(next.properties) ? next.properties : {};
  for (const name of Object.keys(oldProps)) {
    if (isObject(oldProps[name]) && isObject(newProps[name])) {
      out.push(...schemaPairs(oldProps[name], newProps[name], key(child(path, 'properties'), name), version));
    }
  }
  if (isObject(old.additionalProperties) && isObject(next.additionalProperties)) {
    out.push(...schemaPairs(old.additionalProperties, next.additionalProperties, child(path, 'additionalProperties'), version));
  }
  if (isObject(old.items) && isObject(next.items)) {
    out.push(...schemaPairs(old.items, next.items, child(path, 'items'), version));
  }
  return out;
}
