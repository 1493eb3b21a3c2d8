/**
 * rbac.authorization.k8s.io/v1 (pkg/apis/rbac/validation): policy rules of Role and ClusterRole
 * (ValidatePolicyRule), ClusterRole aggregation, and the roleRef and subjects of bindings.
 */
import { Finding } from '../../report/finding';
import { isDns1123Subdomain } from '../../apimachinery/name-formats';
import { invalid, notSupported, required } from '../../apimachinery/field-errors';
import { pathSegmentName } from '../kind-name-rules';
import { goStringSlice } from './go-values';
import { validateLabelSelector } from './label-selector';
import { asList, asMap, BuiltinRule, isSet, RuleContext } from './types';

const RULE = 'kube.rbac';
const GROUP = 'rbac.authorization.k8s.io';

/** ValidatePolicyRule: verbs required; a rule is either about non-resource URLs or about api groups and resources. */
export function validatePolicyRule(rule: unknown, namespaced: boolean, path: string, ctx: RuleContext): Finding[] {
  const r = asMap(rule) ?? {};
  const out: Finding[] = [];
  if (asList(r.verbs).length === 0) out.push(required(RULE, `${path}.verbs`, 'verbs must contain at least one value'));
  const urls = asList(r.nonResourceURLs);
  if (urls.length > 0) {
    if (namespaced) out.push(invalid(RULE, `${path}.nonResourceURLs`, goStringSlice(urls, ctx), 'namespaced rules cannot apply to non-resource URLs'));
    if (asList(r.apiGroups).length || asList(r.resources).length || asList(r.resourceNames).length) {
      out.push(invalid(RULE, `${path}.nonResourceURLs`, goStringSlice(urls, ctx), 'rules cannot apply to both regular resources and non-resource URLs'));
    }
    return out;
  }
  if (asList(r.apiGroups).length === 0) out.push(required(RULE, `${path}.apiGroups`, 'resource rules must supply at least one api group'));
  if (asList(r.resources).length === 0) out.push(required(RULE, `${path}.resources`, 'resource rules must supply at least one resource'));
  return out;
}

export const validateRole: BuiltinRule = (obj, ctx) => asList(obj.rules).flatMap((r, i) => validatePolicyRule(r, true, `rules[${i}]`, ctx));

export const validateClusterRole: BuiltinRule = (obj, ctx) => {
  const out = asList(obj.rules).flatMap((r, i) => validatePolicyRule(r, false, `rules[${i}]`, ctx));
  const agg = asMap(obj.aggregationRule);
  if (agg) {
    const selectors = asList(agg.clusterRoleSelectors);
    if (selectors.length === 0) out.push(required(RULE, 'aggregationRule.clusterRoleSelectors', 'at least one clusterRoleSelector required if aggregationRule is non-nil'));
    selectors.forEach((s, i) => out.push(...validateLabelSelector(s, `aggregationRule.clusterRoleSelectors[${i}]`)));
  }
  return out;
};

/** ValidateRoleBindingSubject (User and Group apiGroups default to rbac.authorization.k8s.io). */
function validateSubject(subject: unknown, namespaced: boolean, path: string): Finding[] {
  const s = asMap(subject) ?? {};
  const out: Finding[] = [];
  const name = typeof s.name === 'string' ? s.name : '';
  if (!name) out.push(required(RULE, `${path}.name`));
  if (s.kind === 'ServiceAccount') {
    if (name) for (const m of isDns1123Subdomain(name)) out.push(invalid(RULE, `${path}.name`, name, m));
    if (isSet(s.apiGroup) && s.apiGroup !== '') out.push(notSupported(RULE, `${path}.apiGroup`, s.apiGroup, ['']));
    if (!namespaced && !(typeof s.namespace === 'string' && s.namespace)) out.push(required(RULE, `${path}.namespace`));
  } else if (s.kind === 'User' || s.kind === 'Group') {
    const group = isSet(s.apiGroup) && s.apiGroup !== '' ? s.apiGroup : GROUP;
    if (group !== GROUP) out.push(notSupported(RULE, `${path}.apiGroup`, group, [GROUP]));
  } else {
    out.push(notSupported(RULE, `${path}.kind`, s.kind ?? '', ['ServiceAccount', 'User', 'Group']));
  }
  return out;
}

function validateBinding(obj: Record<string, any>, namespaced: boolean): Finding[] {
  const ref = asMap(obj.roleRef) ?? {};
  const out: Finding[] = [];
  if (ref.apiGroup !== GROUP) out.push(notSupported(RULE, 'roleRef.apiGroup', ref.apiGroup ?? '', [GROUP]));
  const kinds = namespaced ? ['Role', 'ClusterRole'] : ['ClusterRole'];
  if (!kinds.includes(ref.kind)) out.push(notSupported(RULE, 'roleRef.kind', ref.kind ?? '', kinds));
  if (typeof ref.name !== 'string' || ref.name === '') out.push(required(RULE, 'roleRef.name'));
  else for (const m of pathSegmentName(ref.name)) out.push(invalid(RULE, 'roleRef.name', ref.name, m));
  asList(obj.subjects).forEach((s, i) => out.push(...validateSubject(s, namespaced, `subjects[${i}]`)));
  return out;
}

export const validateRoleBinding: BuiltinRule = (obj) => validateBinding(obj, true);
export const validateClusterRoleBinding: BuiltinRule = (obj) => validateBinding(obj, false);
