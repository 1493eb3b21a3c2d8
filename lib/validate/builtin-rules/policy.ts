/**
 * policy/v1 PodDisruptionBudget (pkg/apis/policy/validation ValidatePodDisruptionBudgetSpec): minAvailable and
 * maxUnavailable exclusive, each a non-negative int or a percent of at most 100%, the selector valid.
 */
import { Finding } from '../../report/finding';
import { invalid, notSupported } from '../field-errors';
import { isNotMoreThan100Percent, validatePositiveIntOrPercent } from './int-or-percent';
import { validateLabelSelector } from './label-selector';
import { asMap, BuiltinRule, isSet } from './types';

const RULE = 'kube.policy';

export const validatePodDisruptionBudget: BuiltinRule = (obj) => {
  const spec = asMap(obj.spec) ?? {};
  const out: Finding[] = [];
  // Upstream prints the Go struct (with pointer addresses); the spec is shown as JSON instead.
  if (isSet(spec.minAvailable) && isSet(spec.maxUnavailable)) out.push(invalid(RULE, 'spec', spec, 'minAvailable and maxUnavailable cannot be both set'));
  for (const f of ['minAvailable', 'maxUnavailable']) {
    if (!isSet(spec[f])) continue;
    out.push(...validatePositiveIntOrPercent(spec[f], `spec.${f}`, RULE), ...isNotMoreThan100Percent(spec[f], `spec.${f}`, RULE));
  }
  out.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const policy = spec.unhealthyPodEvictionPolicy;
  if (isSet(policy) && !['AlwaysAllow', 'IfHealthyBudget'].includes(policy)) {
    out.push(notSupported(RULE, 'spec.unhealthyPodEvictionPolicy', policy, ['AlwaysAllow', 'IfHealthyBudget']));
  }
  return out;
};
