import { isDeepStrictEqual } from 'node:util';
import { formatValue } from '../../apimachinery/field-errors';
import { child } from '../../apimachinery/field-path';
import { PairRule, SchemaPair, Violation } from './schema-pair';

/**
 * `nullable` and the Kubernetes extensions that change how stored data is pruned or merged.
 * - nullable removed: null values are pruned before defaulting (apiextensions structural defaulting), so a
 *   stored null silently becomes "unset" or the default.
 * - x-kubernetes-preserve-unknown-fields removed: every unknown field of stored objects is pruned (on read, and
 *   for good on the next write).
 * - x-kubernetes-list-type, -list-map-keys, -map-type changed: server-side apply merges (and uniqueness of set and
 *   map items is validated) differently, so field managers' ownership and existing lists no longer fit.
 * - x-kubernetes-embedded-resource toggled: the embedded object's apiVersion/kind/metadata rules change.
 */
export const nullableRemoved: PairRule = ({ old, new: next, path, version }) => (old.nullable === true && next.nullable !== true
  ? [{ rule: 'crd-upgrade.nullable-removed', field: child(path, 'nullable'),
    message: `Forbidden: nullable removed in version ${version}: stored null values are pruned (read back as unset or as the default)` }]
  : []);

export const preserveUnknownFieldsRemoved: PairRule = ({ old, new: next, path, version }) => (
  old['x-kubernetes-preserve-unknown-fields'] === true && next['x-kubernetes-preserve-unknown-fields'] !== true
    ? [{ rule: 'crd-upgrade.preserve-unknown-fields-removed', field: child(path, 'x-kubernetes-preserve-unknown-fields'),
      message: `Forbidden: x-kubernetes-preserve-unknown-fields removed in version ${version}: fields the schema does `
        + 'not declare are pruned from stored objects (no longer returned, gone once written again: data loss)' }]
    : []);

/** One extension keyword whose any change (added, removed, other value) is a breaking change. */
function extensionChanged(pair: SchemaPair, keyword: string, rule: string, why: string): Violation[] {
  const was = pair.old[keyword];
  const now = pair.new[keyword];
  if (isDeepStrictEqual(was, now)) return [];
  return [{ rule, field: child(pair.path, keyword),
    message: `Invalid value: ${formatValue(now ?? null)}: ${keyword} changed from ${formatValue(was ?? null)} in version ${pair.version}: ${why}` }];
}

export const listSemanticsChanged: PairRule = (pair) => [
  // Absent means atomic (lists) and granular (maps), so spelling out the default is no change.
  ...(pair.old['x-kubernetes-list-type'] ?? 'atomic') === (pair.new['x-kubernetes-list-type'] ?? 'atomic') ? []
    : extensionChanged(pair, 'x-kubernetes-list-type', 'crd-upgrade.list-type',
      'server-side apply merges the list differently and set/map items must now be unique'),
  ...extensionChanged(pair, 'x-kubernetes-list-map-keys', 'crd-upgrade.list-map-keys',
    'items are identified by other keys: stored lists may hold duplicates and field ownership no longer matches'),
  ...(pair.old['x-kubernetes-map-type'] ?? 'granular') === (pair.new['x-kubernetes-map-type'] ?? 'granular') ? []
    : extensionChanged(pair, 'x-kubernetes-map-type', 'crd-upgrade.map-type', 'server-side apply merges the object differently'),
  ...extensionChanged(pair, 'x-kubernetes-embedded-resource', 'crd-upgrade.embedded-resource',
    'the embedded object\'s apiVersion, kind and metadata are validated (or pruned) differently'),
];
