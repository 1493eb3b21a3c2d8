/**
 * metav1.LabelSelector: ValidateLabelSelector (apimachinery pkg/apis/meta/v1/validation) and the selector's
 * matching (LabelSelectorAsSelector + Matches), used by workloads, PodDisruptionBudgets and NetworkPolicies.
 */
import { Finding } from '../../report/finding';
import { isQualifiedName, isValidLabelValue } from '../../apimachinery/name-formats';
import { forbidden, invalid, required } from '../../apimachinery/field-errors';
import { validateLabels } from '../metadata';
import { asList, asMap } from './types';

const RULE = 'kube.label-selector';
const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

export function validateLabelSelector(selector: unknown, path: string): Finding[] {
  const sel = asMap(selector);
  if (!sel) return [];
  const out: Finding[] = [];
  validateLabels(sel.matchLabels, `${path}.matchLabels`, out);
  asList(sel.matchExpressions).forEach((expr, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    const e = asMap(expr) ?? {};
    const values = asList(e.values);
    if (e.operator === 'In' || e.operator === 'NotIn') {
      if (values.length === 0) out.push(required(RULE, `${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (e.operator === 'Exists' || e.operator === 'DoesNotExist') {
      if (values.length > 0) out.push(forbidden(RULE, `${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      out.push(invalid(RULE, `${p}.operator`, e.operator ?? '', 'not a valid selector operator'));
    }
    for (const m of isQualifiedName(typeof e.key === 'string' ? e.key : '')) out.push(invalid(RULE, `${p}.key`, e.key ?? '', m));
    values.forEach((v, j) => {
      if (typeof v === 'string') for (const m of isValidLabelValue(v)) out.push(invalid(RULE, `${p}.values[${j}]`, v, m));
    });
  });
  return out;
}

/** Number of requirements: an empty selector (`{}`) selects everything, which workloads refuse. */
export function selectorSize(selector: unknown): number {
  const sel = asMap(selector);
  return sel ? Object.keys(asMap(sel.matchLabels) ?? {}).length + asList(sel.matchExpressions).length : 0;
}

/**
 * Whether the selector matches `labels`; undefined when it does not convert (LabelSelectorAsSelector fails on an
 * unknown operator or a bad key or value, and the callers then skip the match check). A nil selector matches
 * nothing, an empty one everything.
 */
export function selectorMatches(selector: unknown, labels: unknown): boolean | undefined {
  const sel = asMap(selector);
  if (!sel) return false;
  const have = asMap(labels) ?? {};
  for (const [k, v] of Object.entries(asMap(sel.matchLabels) ?? {})) {
    if (isQualifiedName(k).length || (typeof v === 'string' && isValidLabelValue(v).length)) return undefined;
    if (!Object.hasOwn(have, k) || have[k] !== v) return false;
  }
  for (const expr of asList(sel.matchExpressions)) {
    const e = asMap(expr) ?? {};
    const values = asList(e.values);
    if (!OPERATORS.includes(e.operator) || typeof e.key !== 'string' || isQualifiedName(e.key).length) return undefined;
    const present = Object.hasOwn(have, e.key);
    const ok = e.operator === 'In' ? present && values.includes(have[e.key])
      : e.operator === 'NotIn' ? !present || !values.includes(have[e.key])
        : e.operator === 'Exists' ? present : !present;
    if (!ok) return false;
  }
  return true;
}
