/**
 * batch/v1 Job and CronJob (pkg/apis/batch/validation): counts not negative, completion mode, the pod template
 * (restartPolicy OnFailure or Never), the labels the API server adds from the Job's name, the CronJob's
 * schedule (robfig/cron), time zone, concurrency policy, name length and job template.
 */
import { Finding } from '../../report/finding';
import { isDns1123Label, isValidLabelValue } from '../../apimachinery/name-formats';
import { invalid, notSupported, required } from '../../apimachinery/field-errors';
import { validateWorkloadSelector } from './apps';
import { cronScheduleError } from './cron-schedule';
import { goLabelSelector } from './go-values';
import { nonNegative } from './int-or-percent';
import { restartPolicyOf, validatePodTemplate } from './pod-spec';
import { asMap, BuiltinRule, isSet, RuleContext } from './types';

const RULE = 'kube.batch';
const JOB_RESTART_POLICIES = ['OnFailure', 'Never'];

/** ValidateJobSpec at `path` (`spec`, or `spec.jobTemplate.spec` in a CronJob). */
function validateJobSpec(spec: Record<string, any>, path: string, ctx: RuleContext): Finding[] {
  const out = ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished']
    .flatMap((f) => nonNegative(spec[f], `${path}.${f}`, RULE));
  const mode = spec.completionMode;
  if (isSet(mode) && !['NonIndexed', 'Indexed'].includes(mode)) out.push(notSupported(RULE, `${path}.completionMode`, mode, ['NonIndexed', 'Indexed']));
  if (mode === 'Indexed' && !isSet(spec.completions)) out.push(required(RULE, `${path}.completions`, 'when completion mode is Indexed'));
  out.push(...validatePodTemplate(spec.template, `${path}.template`, ctx));
  const policy = restartPolicyOf(asMap(spec.template)?.spec);
  const at = `${path}.template.spec.restartPolicy`;
  // Always is what an unset restartPolicy defaults to, so it is reported as a missing value
  if (policy === 'Always') out.push(required(RULE, at, 'valid values: "OnFailure", "Never"'));
  else if (!JOB_RESTART_POLICIES.includes(policy)) out.push(notSupported(RULE, at, policy, JOB_RESTART_POLICIES));
  else if (policy === 'OnFailure' && isSet(spec.podFailurePolicy)) out.push(invalid(RULE, at, policy, 'only "Never" is supported when podFailurePolicy is specified'));
  return out;
}

/**
 * The labels the API server adds to a Job's pod template from its name when it generates the selector
 * (`job-name` and `batch.kubernetes.io/job-name`): a name longer than 63 characters makes both invalid.
 */
function generatedLabelErrors(obj: Record<string, any>): Finding[] {
  const name = obj.metadata?.name;
  if (typeof name !== 'string' || name === '' || asMap(obj.spec)?.manualSelector === true) return [];
  const errs = isValidLabelValue(name);
  return ['job-name', 'batch.kubernetes.io/job-name'].flatMap(() => errs.map((m) => invalid(RULE, 'spec.template.labels', name, m)));
}

export const validateJob: BuiltinRule = (obj, ctx) => {
  const spec = asMap(obj.spec) ?? {};
  const out = validateJobSpec(spec, 'spec', ctx);
  out.push(...generatedLabelErrors(obj));
  // An Indexed Job's pods are named `<job>-<index>`: the last one must still be a DNS label (ValidateJob).
  const name = obj.metadata?.name;
  if (spec.completionMode === 'Indexed' && typeof spec.completions === 'number' && spec.completions > 0 && typeof name === 'string') {
    const hostname = `${name}-${spec.completions - 1}`;
    if (isDns1123Label(hostname).length) out.push(invalid(RULE, 'metadata.name', name, `will not able to create pod with invalid DNS label: ${hostname}`));
  }
  // With manualSelector the selector is the user's: required, valid, matching the template (as workloads').
  if (spec.manualSelector === true) out.push(...validateWorkloadSelector(spec, 'Job', ctx).filter((f) => !f.message.includes('empty selector')));
  return out;
};

const CONCURRENCY = ['Allow', 'Forbid', 'Replace'];

/** validateTimeZone: an IANA zone Go's time.LoadLocation knows (Node's ICU data stands in for Go's tzdata). */
function timeZoneErrors(tz: unknown): Finding[] {
  if (typeof tz !== 'string') return [];
  const at = 'spec.timeZone';
  if (tz === '') return [invalid(RULE, at, tz, 'timeZone must be nil or non-empty string')];
  if (tz.toLowerCase() === 'local') return [invalid(RULE, at, tz, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones')];
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return [];
  } catch {
    return [invalid(RULE, at, tz, `unknown time zone ${tz}`)];
  }
}

export const validateCronJob: BuiltinRule = (obj, ctx) => {
  const out: Finding[] = [];
  const name = obj.metadata?.name;
  // The controller names each Job `<cronjob>-<11 characters>`, and a Job name must fit a 63-character label.
  if (typeof name === 'string' && name.length > 52) out.push(invalid(RULE, 'metadata.name', name, 'must be no more than 52 characters'));
  const spec = asMap(obj.spec) ?? {};
  const schedule = spec.schedule;
  if (typeof schedule !== 'string' || schedule === '') out.push(required(RULE, 'spec.schedule'));
  else {
    const err = cronScheduleError(schedule);
    if (err) out.push(invalid(RULE, 'spec.schedule', schedule, err));
    if (schedule.includes('TZ')) out.push(invalid(RULE, 'spec.schedule', schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
  out.push(...timeZoneErrors(spec.timeZone));
  if (isSet(spec.concurrencyPolicy) && !CONCURRENCY.includes(spec.concurrencyPolicy)) {
    out.push(notSupported(RULE, 'spec.concurrencyPolicy', spec.concurrencyPolicy, CONCURRENCY));
  }
  out.push(...['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'].flatMap((f) => nonNegative(spec[f], `spec.${f}`, RULE)));
  // ValidateJobTemplateSpec: the Job's selector is always generated
  const jobSpec = asMap(asMap(spec.jobTemplate)?.spec) ?? {};
  out.push(...validateJobSpec(jobSpec, 'spec.jobTemplate.spec', ctx));
  if (isSet(jobSpec.selector)) out.push(invalid(RULE, 'spec.jobTemplate.spec.selector', goLabelSelector(jobSpec.selector, ctx), '`selector` will be auto-generated'));
  if (jobSpec.manualSelector === true) out.push(notSupported(RULE, 'spec.jobTemplate.spec.manualSelector', true, ['nil', 'false']));
  return out;
};
