/**
 * apps/v1 workloads (pkg/apis/apps/validation): Deployment, ReplicaSet, DaemonSet, StatefulSet. Selector
 * required, valid, not empty and matching the template's labels; replicas and other counts not negative; the
 * rollout strategy; the pod template (restartPolicy Always, no activeDeadlineSeconds).
 */
import { Finding } from '../../report/finding';
import { forbidden, invalid, notSupported, required } from '../../apimachinery/field-errors';
import { goIntOrString, goLabelSelector, goStringMap } from './go-values';
import { intOrPercentValue, isNotMoreThan100Percent, nonNegative, validatePositiveIntOrPercent } from './int-or-percent';
import { selectorMatches, selectorSize, validateLabelSelector } from './label-selector';
import { requireRestartAlways, validatePodTemplate } from './pod-spec';
import { asList, asMap, BuiltinRule, isSet, RuleContext } from './types';

const RULE = 'kube.apps';

/**
 * The selector checks every workload shares: required, valid, not empty, and (when it converts) matching the
 * template's labels: `spec.template.metadata.labels: Invalid value: ...: \`selector\` does not match template \`labels\``.
 */
export function validateWorkloadSelector(spec: Record<string, any>, kind: string, ctx: RuleContext, required_ = true): Finding[] {
  const out: Finding[] = [];
  const sel = asMap(spec.selector);
  if (!sel) {
    if (required_) out.push(required(RULE, 'spec.selector'));
  } else {
    out.push(...validateLabelSelector(sel, 'spec.selector'));
    if (selectorSize(sel) === 0) out.push(invalid(RULE, 'spec.selector', goLabelSelector(sel, ctx), `empty selector is invalid for ${kind.toLowerCase()}`));
  }
  const labels = asMap(asMap(spec.template)?.metadata)?.labels;
  const matches = selectorMatches(sel, labels);
  if (matches === undefined) {
    // LabelSelectorAsSelector failed; ValidateLabelSelector has said why (StatefulSet and DaemonSet add nothing)
    if (kind === 'Deployment') out.push(invalid(RULE, 'spec.selector', goLabelSelector(sel, ctx), 'invalid label selector'));
  } else if (!matches && (!sel || selectorSize(sel) > 0)) {
    // a nil selector matches nothing; an empty one matches everything and is not checked
    out.push(invalid(RULE, 'spec.template.metadata.labels', goStringMap(labels, ctx), '`selector` does not match template `labels`'));
  }
  return out;
}

/** ValidateDeploymentStrategy + ValidateRollingUpdateDeployment (maxUnavailable and maxSurge default to 25%). */
function validateDeploymentStrategy(strategy: unknown, ctx: RuleContext): Finding[] {
  const s = asMap(strategy) ?? {};
  const type = s.type ?? 'RollingUpdate';
  const out: Finding[] = [];
  if (type === 'Recreate') {
    if (isSet(s.rollingUpdate)) out.push(forbidden(RULE, 'spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"));
  } else if (type === 'RollingUpdate') {
    const ru = asMap(s.rollingUpdate) ?? {};
    const maxUnavailable = ru.maxUnavailable ?? '25%';
    const maxSurge = ru.maxSurge ?? '25%';
    const p = 'spec.strategy.rollingUpdate';
    out.push(...validatePositiveIntOrPercent(maxUnavailable, `${p}.maxUnavailable`, RULE, ctx));
    out.push(...validatePositiveIntOrPercent(maxSurge, `${p}.maxSurge`, RULE, ctx));
    if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
      out.push(invalid(RULE, `${p}.maxUnavailable`, goIntOrString(maxUnavailable, ctx), 'may not be 0 when `maxSurge` is 0'));
    }
    out.push(...isNotMoreThan100Percent(maxUnavailable, `${p}.maxUnavailable`, RULE, ctx));
  }
  return out;
}

const counts = (spec: Record<string, any>, fields: readonly string[]) => fields.flatMap((f) => nonNegative(spec[f], `spec.${f}`, RULE));

export const validateDeployment: BuiltinRule = (obj, ctx) => {
  const spec = asMap(obj.spec) ?? {};
  const out = counts(spec, ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds']);
  out.push(...validateWorkloadSelector(spec, 'Deployment', ctx));
  out.push(...validatePodTemplate(spec.template, 'spec.template', ctx), ...requireRestartAlways(spec.template, 'spec.template', 'Deployment'));
  out.push(...validateDeploymentStrategy(spec.strategy, ctx));
  const deadline = spec.progressDeadlineSeconds;
  if (typeof deadline === 'number' && deadline >= 0 && deadline <= (spec.minReadySeconds ?? 0)) {
    out.push(invalid(RULE, 'spec.progressDeadlineSeconds', deadline, 'must be greater than minReadySeconds'));
  }
  return out;
};

export const validateReplicaSet: BuiltinRule = (obj, ctx) => {
  const spec = asMap(obj.spec) ?? {};
  const out = counts(spec, ['replicas', 'minReadySeconds']);
  // ReplicaSet's message says "deployment" upstream too (ValidateReplicaSetSpec)
  out.push(...validateWorkloadSelector(spec, 'Deployment', ctx));
  out.push(...validatePodTemplate(spec.template, 'spec.template', ctx), ...requireRestartAlways(spec.template, 'spec.template', 'ReplicaSet'));
  return out;
};

export const validateDaemonSet: BuiltinRule = (obj, ctx) => {
  const spec = asMap(obj.spec) ?? {};
  const out = counts(spec, ['minReadySeconds', 'revisionHistoryLimit']);
  out.push(...validateWorkloadSelector(spec, 'DaemonSet', ctx, false));
  out.push(...validatePodTemplate(spec.template, 'spec.template', ctx), ...requireRestartAlways(spec.template, 'spec.template', 'DaemonSet'));
  const type = asMap(spec.updateStrategy)?.type;
  if (isSet(type) && !['RollingUpdate', 'OnDelete'].includes(type)) {
    out.push(notSupported(RULE, 'spec.updateStrategy.type', type, ['OnDelete', 'RollingUpdate']));
  }
  return out;
};

/**
 * ValidateStatefulSetSpec. Upstream checks only the template's labels and annotations here (its PodSpec
 * validation is a TODO); the pod spec is checked as the Pods the controller creates will be, with the
 * volumeClaimTemplates counted as volumes: the API server accepts such a StatefulSet and then rejects every Pod.
 */
export const validateStatefulSet: BuiltinRule = (obj, ctx) => {
  const spec = asMap(obj.spec) ?? {};
  const out = counts(spec, ['replicas', 'minReadySeconds', 'revisionHistoryLimit']);
  const policy = spec.podManagementPolicy;
  if (isSet(policy) && !['OrderedReady', 'Parallel'].includes(policy)) {
    out.push(invalid(RULE, 'spec.podManagementPolicy', policy, "must be 'OrderedReady' or 'Parallel'"));
  }
  const strategy = asMap(spec.updateStrategy) ?? {};
  if (strategy.type === 'OnDelete' && isSet(strategy.rollingUpdate)) {
    out.push(invalid(RULE, 'spec.updateStrategy.rollingUpdate', strategy.rollingUpdate, "only allowed for updateStrategy 'RollingUpdate'"));
  }
  out.push(...nonNegative(asMap(strategy.rollingUpdate)?.partition, 'spec.updateStrategy.rollingUpdate.partition', RULE));
  out.push(...validateWorkloadSelector(spec, 'StatefulSet', ctx));
  const template = asMap(spec.template);
  const claims = new Set(asList(spec.volumeClaimTemplates).map((c) => asMap(c)?.metadata?.name).filter((n): n is string => typeof n === 'string'));
  out.push(...validatePodTemplate(template, 'spec.template', ctx, { claimTemplates: claims }).map((f) =>
    (f.field?.startsWith('spec.template.spec.') ? { ...f, rule: 'kube.statefulset.pod' } : f)));
  out.push(...requireRestartAlways(template, 'spec.template', 'StatefulSet'));
  return out;
};
