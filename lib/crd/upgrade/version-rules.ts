import { isDeepStrictEqual } from 'node:util';
import { formatValue } from '../../apimachinery/field-errors';
import { child, index } from '../../apimachinery/field-path';
import { isObject, Node } from '../validation/schema-node';
import { Violation } from './schema-pair';

/** A rule over the whole CRD (previous and new revision): scope, names, versions, storage. */
export type CrdRule = (old: Node, next: Node) => Violation[];

const versionsOf = (crd: Node): Node[] => (Array.isArray(crd.spec?.versions) ? crd.spec.versions.filter(isObject) : []);
const storageOf = (crd: Node): string | undefined => versionsOf(crd).find((v) => v.storage === true)?.name;

/**
 * `spec.scope` and `spec.names.kind` cannot change once the CRD is established: the API server refuses the
 * update (ValidateCustomResourceDefinitionSpecUpdate, `field is immutable`), and every stored object's URL and
 * every client's type depend on them.
 */
export const immutableNamesChanged: CrdRule = (old, next) => {
  const out: Violation[] = [];
  if (old.spec?.scope !== next.spec?.scope) {
    out.push({ rule: 'crd-upgrade.scope-changed', field: 'spec.scope',
      message: `Invalid value: ${formatValue(next.spec?.scope)}: field is immutable (was ${formatValue(old.spec?.scope)}): `
        + 'the API server refuses the update; create a CRD of another group or name and migrate the objects' });
  }
  if (old.spec?.names?.kind !== next.spec?.names?.kind) {
    out.push({ rule: 'crd-upgrade.kind-changed', field: 'spec.names.kind',
      message: `Invalid value: ${formatValue(next.spec?.names?.kind)}: field is immutable (was ${formatValue(old.spec?.names?.kind)}): the API server refuses the update` });
  }
  return out;
};

/**
 * A version clients could use is gone (removed, or `served: false`): every request to it fails with 404, and
 * controllers and GitOps tools that still write it stop working. Stop serving a version only once nothing
 * uses it, and accept this finding then.
 */
export const servedVersionRemoved: CrdRule = (old, next) => versionsOf(old).filter((v) => v.served === true).flatMap((v) => {
  const i = versionsOf(next).findIndex((n) => n.name === v.name);
  if (i < 0) {
    return [{ rule: 'crd-upgrade.served-version-removed', field: 'spec.versions',
      message: `Forbidden: served version ${formatValue(v.name)} removed: requests to it fail with 404; keep it served until no client uses it` }];
  }
  if (versionsOf(next)[i].served === true) return [];
  return [{ rule: 'crd-upgrade.served-version-removed', field: child(index('spec.versions', i), 'served'),
    message: `Invalid value: false: version ${formatValue(v.name)} is no longer served: requests to it fail with 404; stop serving it only when no client uses it` }];
});

/**
 * Every version in `status.storedVersions` must stay in `spec.versions`, or the API server refuses the update
 * (ValidateCustomResourceDefinitionStoredVersions: `must appear in spec.versions`): objects may still be stored
 * in it. The previous storage version is always among them (the API server adds it on write); the others are
 * only known when the previous object carries its status (a CRD read from a cluster, not from dist/).
 */
export const storedVersionRemoved: CrdRule = (old, next) => {
  const names = new Set(versionsOf(next).map((v) => v.name));
  const out: Violation[] = [];
  const stored: unknown[] = Array.isArray(old.status?.storedVersions) ? old.status.storedVersions : [];
  stored.forEach((name, i) => {
    if (!names.has(name)) {
      out.push({ rule: 'crd-upgrade.stored-version-removed', field: index('status.storedVersions', i),
        message: `Invalid value: ${formatValue(name)}: must appear in spec.versions: objects may be stored in it; `
          + 'migrate them to the storage version and remove it from status.storedVersions first' });
    }
  });
  const storage = storageOf(old);
  if (storage !== undefined && !names.has(storage) && !stored.includes(storage)) {
    out.push({ rule: 'crd-upgrade.stored-version-removed', field: 'spec.versions',
      message: `Invalid value: ${formatValue(storage)}: the previous storage version is in status.storedVersions and must `
        + 'appear in spec.versions: the API server refuses the update; migrate stored objects and update '
        + 'status.storedVersions first' });
  }
  return out;
};

/** A schema without its documentation, so that only what validates, prunes and defaults is compared. */
export function withoutDocs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDocs);
  if (!isObject(node)) return node;
  const out: Node = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'description' || k === 'example' || k === 'externalDocs') continue;
    // `properties` maps names to schemas: the names are data, the values schemas.
    out[k] = k === 'properties' && isObject(v) ? Object.fromEntries(Object.entries(v).map(([n, s]) => [n, withoutDocs(s)])) : withoutDocs(v);
  }
  return out;
}

/**
 * The storage version moved while `spec.conversion.strategy` is None and the two schemas differ: objects
 * stored in the old version are read as the new one with only `apiVersion` rewritten, so they do not fit the
 * new schema. Moving storage needs a conversion webhook (or identical schemas).
 */
export const storageMovedWithoutConversion: CrdRule = (old, next) => {
  const from = storageOf(old);
  const to = storageOf(next);
  if (from === undefined || to === undefined || from === to) return [];
  if ((next.spec?.conversion?.strategy ?? 'None') !== 'None') return [];
  const schema = (crd: Node, name: string) => versionsOf(crd).find((v) => v.name === name)?.schema?.openAPIV3Schema;
  if (isDeepStrictEqual(withoutDocs(schema(old, from)), withoutDocs(schema(next, to)))) return [];
  return [{ rule: 'crd-upgrade.storage-without-conversion', field: 'spec.conversion.strategy',
    message: `Invalid value: "None": storage version moved from ${formatValue(from)} to ${formatValue(to)} with differing `
      + `schemas and no conversion: objects stored as ${from} are served as ${to} unchanged; add a conversion webhook` }];
};
