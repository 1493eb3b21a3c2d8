import { Finding, ObjectRef } from '../../report/finding';
import { CheckContext, Manifest, ManifestCheck } from '../../report/manifest';
import { ACCEPT_ANNOTATION, parseAcceptances } from '../../policy/accept';
import { identityKey } from '../../report/object-identity';
import { child, index } from '../../apimachinery/field-path';
import { isObject, Node } from '../validation/schema-node';
import { boundsTightened } from './bound-rules';
import { celRuleAdded, valueValidationChanged } from './cel-rules';
import { defaultChanged } from './default-rules';
import { enumNarrowed } from './enum-rules';
import { listSemanticsChanged, nullableRemoved, preserveUnknownFieldsRemoved } from './extension-rules';
import { fieldRemoved, requiredAdded, typeChanged } from './field-rules';
import { PairRule, schemaPairs, Violation } from './schema-pair';
import { stringConstraintChanged } from './string-rules';
import { CrdRule, immutableNamesChanged, servedVersionRemoved, storageMovedWithoutConversion, storedVersionRemoved } from './version-rules';

/** Rules over the whole CRD. */
const CRD_RULES: readonly CrdRule[] = [immutableNamesChanged, servedVersionRemoved, storedVersionRemoved, storageMovedWithoutConversion];

/** Rules over each schema node that exists in the same version of both revisions. */
const PAIR_RULES: readonly PairRule[] = [
  fieldRemoved, typeChanged, requiredAdded, enumNarrowed, boundsTightened, stringConstraintChanged, defaultChanged,
  nullableRemoved, preserveUnknownFieldsRemoved, listSemanticsChanged, celRuleAdded, valueValidationChanged,
];

/**
 * Compares two revisions of one CustomResourceDefinition (`previous`: what the cluster has now; `next`: what is
 * about to be applied) and returns each change that breaks stored objects or clients. Pure; each finding names
 * the CRD, the field path in `next` (the version by name in the message) and a stable rule id
 * `crd-upgrade.*`. Additive changes (new optional fields, new versions, looser bounds, new enum values,
 * documentation) produce nothing. Schemas are compared version by version, for the versions in both.
 */
export function checkCrdUpgrade(previous: Node, next: Node): Finding[] {
  const object: ObjectRef = { apiVersion: next.apiVersion, kind: next.kind ?? 'CustomResourceDefinition', name: next.metadata?.name };
  const violations: Violation[] = CRD_RULES.flatMap((rule) => rule(previous, next));
  const oldVersions: Node[] = Array.isArray(previous.spec?.versions) ? previous.spec.versions.filter(isObject) : [];
  (Array.isArray(next.spec?.versions) ? next.spec.versions : []).forEach((v: Node, i: number) => {
    const old = oldVersions.find((o) => o.name === v?.name);
    const oldSchema = old?.schema?.openAPIV3Schema;
    const newSchema = v?.schema?.openAPIV3Schema;
    if (!isObject(oldSchema) || !isObject(newSchema)) return;
    const at = child(child(index('spec.versions', i), 'schema'), 'openAPIV3Schema');
    for (const pair of schemaPairs(oldSchema, newSchema, at, String(v.name))) violations.push(...PAIR_RULES.flatMap((rule) => rule(pair)));
  });
  return violations.map((v) => ({ severity: v.severity ?? 'error', rule: v.rule, field: v.field, message: v.message, object }));
}

const isCrd = (m: Manifest) => m.object?.kind === 'CustomResourceDefinition' && String(m.object?.apiVersion).startsWith('apiextensions.k8s.io/');

/** Finds the previous revision of a manifest among the previous objects. */
export type PreviousLookup = (manifest: Manifest, previous: readonly Manifest[] | undefined) => Manifest | undefined;

/** The same object by identity (group, kind, namespace, name), wherever it was read from. */
export const previousByIdentity: PreviousLookup = (manifest, previous) => {
  const wanted = identityKey(manifest.object);
  return wanted === undefined ? undefined : previous?.find((p) => identityKey(p.object) === wanted);
};

/**
 * {@link checkCrdUpgrade} as a {@link ManifestCheck}: every CRD among the manifests against its previous
 * revision in `context.previous` (none: a first install, nothing to compare). A finding the new CRD accepts
 * with `opkit.dev/accept: "<rule-id>: <reason>"` (see `acceptFinding`) is dropped, as policy findings are.
 * A previous CRD with no new revision is a warning (`crd-upgrade.crd-removed`): deleting a CRD deletes every
 * object of its kind, which a GitOps tool that prunes will do.
 */
export function crdUpgradeCheck(findPrevious: PreviousLookup = previousByIdentity): ManifestCheck {
  return (manifests: readonly Manifest[], context: CheckContext) => {
    const crds = manifests.filter(isCrd);
    const previousCrds = context.previous?.filter(isCrd) ?? [];
    const compared = crds.flatMap((m) => {
      const previous = findPrevious(m, previousCrds);
      if (!previous) return [];
      const { accepted } = parseAcceptances(m.object.metadata?.annotations?.[ACCEPT_ANNOTATION]);
      return checkCrdUpgrade(previous.object, m.object)
        .filter((f) => !accepted.has(f.rule))
        .map((f) => ({ ...f, origin: m.origin }));
    });
    const removed = previousCrds.filter((p) => !findPrevious(p, crds)).map((p): Finding => ({
      severity: 'warning', rule: 'crd-upgrade.crd-removed',
      message: 'the CustomResourceDefinition is no longer in the output: deleting it (e.g. an Argo CD prune) deletes every '
        + `${p.object.spec?.names?.kind ?? 'custom'} object in the cluster; keep it, or remove it by hand once no object is left`,
      object: { apiVersion: p.object.apiVersion, kind: p.object.kind, name: p.object.metadata?.name },
      origin: p.origin,
    }));
    return [...compared, ...removed];
  };
}
