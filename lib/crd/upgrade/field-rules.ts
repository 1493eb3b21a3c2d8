import { formatValue } from '../../apimachinery/field-errors';
import { child, key } from '../../apimachinery/field-path';
import { isIntOrStringAnyOf, isObject, Node } from '../validation/schema-node';
import { PairRule, Violation } from './schema-pair';

/**
 * Fields and types. A removed field is pruned from stored objects (when read, and for good on their next write:
 * the API server prunes what the schema does not declare, in requests and when decoding from etcd) and
 * clients that still send it have it dropped or, with strict field validation, refused; a changed type makes
 * every stored value of the old type invalid; a new required field makes every existing object that lacks it
 * fail its next update.
 */

/** An existing property (or the map values of additionalProperties) is gone from the new revision. */
export const fieldRemoved: PairRule = ({ old, new: next, path, version }) => {
  const out: Violation[] = [];
  const newProps = isObject(next.properties) ? next.properties : {};
  // Unknown fields are kept (not pruned) below x-kubernetes-preserve-unknown-fields, so no stored data is lost;
  // the field is still gone from the schema clients are generated from, which the message says.
  const preserved = next['x-kubernetes-preserve-unknown-fields'] === true;
  for (const name of Object.keys(isObject(old.properties) ? old.properties : {})) {
    if (newProps[name] !== undefined) continue;
    out.push({
      rule: 'crd-upgrade.field-removed', field: key(child(path, 'properties'), name),
      message: `Forbidden: field removed from version ${version}: ${preserved
        ? 'stored values are kept (x-kubernetes-preserve-unknown-fields) but no longer validated or documented'
        : 'stored values are pruned (no longer returned, gone once the object is written again) and clients that set it have it dropped'}; `
        + 'deprecate it instead, or serve a new version without it',
    });
  }
  if (old.additionalProperties !== undefined && old.additionalProperties !== false && (next.additionalProperties === undefined || next.additionalProperties === false) && !preserved) {
    out.push({
      rule: 'crd-upgrade.field-removed', field: child(path, 'additionalProperties'),
      message: `Forbidden: map values removed from version ${version}: every stored key is pruned (no longer returned, gone once the object is written again)`,
    });
  }
  return out;
};

/** The JSON type a node accepts, with int-or-string and schemaless nodes named as such. */
function typeOf(node: Node): string {
  if (node['x-kubernetes-int-or-string'] === true || isIntOrStringAnyOf(node.anyOf)) return 'int-or-string';
  return typeof node.type === 'string' ? node.type : 'any';
}

/** What a type accepts that another one does not; `integer` values are numbers, so integer → number widens. */
function widens(from: string, to: string): boolean {
  return to === 'any' || (from === 'integer' && (to === 'number' || to === 'int-or-string')) || (from === 'string' && to === 'int-or-string');
}

/** The type of an existing field changed to one that does not accept every old value. */
export const typeChanged: PairRule = ({ old, new: next, path, version }) => {
  const from = typeOf(old);
  const to = typeOf(next);
  if (from === to || widens(from, to)) return [];
  return [{
    rule: 'crd-upgrade.type-changed', field: child(path, 'type'),
    message: `Invalid value: ${formatValue(to)}: type changed from ${formatValue(from)} in version ${version}: `
      + 'stored values of the old type no longer validate; add a new field (or version with conversion) instead',
  }];
};

/** A property required now that was not before, in an object that already existed. */
export const requiredAdded: PairRule = ({ old, new: next, path, version }) => {
  const before = new Set<string>(Array.isArray(old.required) ? old.required : []);
  const after: string[] = Array.isArray(next.required) ? next.required : [];
  // A default is applied when stored objects are read and requests decoded, before validation (the API server's
  // structural defaulting), so a required field with a default never fails an existing object.
  const defaulted = (name: string) => isObject(next.properties?.[name]) && next.properties[name].default !== undefined;
  return after.filter((name) => !before.has(name) && !defaulted(name)).map((name) => ({
    rule: 'crd-upgrade.required-added', field: child(path, 'required'),
    message: `Invalid value: ${formatValue(name)}: newly required in version ${version}: existing objects without `
      + `it fail their next update; give it a default or keep it optional`,
  }));
};
