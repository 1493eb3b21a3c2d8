import { isDeepStrictEqual } from 'node:util';
import { formatValue } from '../../apimachinery/field-errors';
import { child, index } from '../../apimachinery/field-path';
import { PairRule, Violation } from './schema-pair';

/**
 * CEL rules and value validations. Whether stored objects satisfy a new rule depends on the data, not on the
 * schemas, so these are warnings to review, not errors: before Kubernetes 1.30 an object that violates a new
 * rule fails every update; from 1.30 (CRD validation ratcheting, on by default) an update that leaves the
 * field unchanged passes, but any change to it, and every create, must satisfy the rule. Removed rules pass.
 */
export const celRuleAdded: PairRule = ({ old, new: next, path, version }) => {
  const before: unknown[] = Array.isArray(old['x-kubernetes-validations']) ? old['x-kubernetes-validations'].map((r: any) => r?.rule) : [];
  const after: any[] = Array.isArray(next['x-kubernetes-validations']) ? next['x-kubernetes-validations'] : [];
  const out: Violation[] = [];
  after.forEach((r, i) => {
    if (before.includes(r?.rule)) return;
    out.push({ rule: 'crd-upgrade.cel-rule-added', severity: 'warning', field: child(index(child(path, 'x-kubernetes-validations'), i), 'rule'),
      message: `Invalid value: ${formatValue(r?.rule)}: CEL rule added (or changed) in version ${version}: stored objects that `
        + 'violate it fail their next update (from Kubernetes 1.30, only updates that change this field); '
        + 'check existing objects against it' });
  });
  return out;
};

/** allOf, anyOf, oneOf and not may only narrow what a node accepts: any change is reviewed. */
export const valueValidationChanged: PairRule = ({ old, new: next, path, version }) => (['allOf', 'anyOf', 'oneOf', 'not'] as const)
  .filter((k) => next[k] !== undefined && !isDeepStrictEqual(old[k], next[k]))
  .map((k) => ({ rule: 'crd-upgrade.value-validation', severity: 'warning' as const, field: child(path, k),
    message: `Forbidden: ${k} ${old[k] === undefined ? 'added' : 'changed'} in version ${version}: stored values may no longer validate` }));
