/**
 * policy/v1 PodDisruptionBudget (pkg/apis/policy/validation ValidatePodDisruptionBudgetSpec): minAvailable and
 * maxUnavailable exclusive, each a non-negative int or a percent of at most 100%, the selector valid.
 */
import { Finding } from '../../report/finding';
import { invalid, notSupported } from '../../apimachinery/field-errors';
import { isNotMoreThan100Percent, validatePositiveIntOrPercent } from './int-or-percent';
import { validateLabelSelector } from './label-selector';
import { GoValue } from '../../apimachinery/field-errors';
import { goIntOrString, goLabelSelector } from './go-values';
import { asMap, atLeast, BuiltinRule, isSet, RuleContext } from './types';

const RULE = 'kube.policy';

/**
 * The internal PodDisruptionBudgetSpec as field.Error prints it from 1.34 (JSON with Go field names). Before, it
 * printed Go's `%#v` with pointer addresses, which no one can reproduce: the spec is shown as JSON then.
 */
function goSpec(spec: Record<string, any>, ctx: RuleContext): unknown {
  if (!atLeast(ctx, '1.34')) return spec;
  const ptr = (v: unknown, render: (x: unknown) => string) => (isSet(v) ? render(v) : 'null');
  return new GoValue(`{"MinAvailable":${ptr(spec.minAvailable, (v) => goIntOrString(v, ctx).text)},"Selector":${ptr(spec.selector, (v) => goLabelSelector(v, ctx).text)},`
    + `"MaxUnavailable":${ptr(spec.maxUnavailable, (v) => goIntOrString(v, ctx).text)},"UnhealthyPodEvictionPolicy":${ptr(spec.unhealthyPodEvictionPolicy, (v) => JSON.stringify(v))}}`);
}

export const validatePodDisruptionBudget: BuiltinRule = (obj, ctx) => {
  const spec = asMap(obj.spec) ?? {};
  const out: Finding[] = [];
  if (isSet(spec.minAvailable) && isSet(spec.maxUnavailable)) out.push(invalid(RULE, 'spec', goSpec(spec, ctx), 'minAvailable and maxUnavailable cannot be both set'));
  for (const f of ['minAvailable', 'maxUnavailable']) {
    if (!isSet(spec[f])) continue;
    out.push(...validatePositiveIntOrPercent(spec[f], `spec.${f}`, RULE, ctx), ...isNotMoreThan100Percent(spec[f], `spec.${f}`, RULE, ctx));
  }
  out.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const policy = spec.unhealthyPodEvictionPolicy;
  if (isSet(policy) && !['AlwaysAllow', 'IfHealthyBudget'].includes(policy)) {
    out.push(notSupported(RULE, 'spec.unhealthyPodEvictionPolicy', policy, ['AlwaysAllow', 'IfHealthyBudget']));
  }
  return out;
};
