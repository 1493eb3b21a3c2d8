import { describe, expect, test } from 'vitest';
import { validateCronJob, validateJob } from '../lib/validate/builtin-rules/batch';
import { cronScheduleError } from '../lib/validate/builtin-rules/cron-schedule';
import { CTX, lines, podSpec } from './builtin-rules-helpers';

const jobSpec = (extra: Record<string, unknown> = {}, pod: Record<string, unknown> = { restartPolicy: 'Never' }) =>
  ({ template: { spec: podSpec(pod) }, ...extra });
const job = (spec = jobSpec(), name = 'migrate') => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name }, spec });
const cronJob = (spec: Record<string, unknown>, name = 'nightly') =>
  ({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name }, spec: { schedule: '0 3 * * *', jobTemplate: { spec: jobSpec() }, ...spec } });

describe('batch/v1 Job', () => {
  test('a Job with restartPolicy Never or OnFailure passes', () => {
    expect(lines(validateJob(job(), CTX))).toEqual([]);
    expect(lines(validateJob(job(jobSpec({ backoffLimit: 3 }, { restartPolicy: 'OnFailure' })), CTX))).toEqual([]);
  });

  test("a Job's pods may not restart Always (the default); other values are unsupported", () => {
    expect(lines(validateJob(job(jobSpec({}, { restartPolicy: 'Sometimes' })), CTX)))
      .toEqual([
        'spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
        'spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "OnFailure", "Never"',
      ]);
    expect(lines(validateJob(job(jobSpec({}, {})), CTX)))
      .toEqual(['spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']);
    expect(lines(validateJob(job(jobSpec({ podFailurePolicy: { rules: [] } }, { restartPolicy: 'OnFailure' })), CTX)))
      .toEqual(['spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified']);
  });

  test('counts not negative; Indexed needs completions', () => {
    expect(lines(validateJob(job(jobSpec({ backoffLimit: -1, completionMode: 'Indexed' })), CTX))).toEqual([
      'spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0',
      'spec.completions: Required value: when completion mode is Indexed',
    ]);
  });

  test('a name longer than 63 characters breaks the job-name labels the API server adds', () => {
    const name = 'x'.repeat(64);
    expect(lines(validateJob(job(jobSpec(), name), CTX))).toEqual([
      `spec.template.labels: Invalid value: "${name}": must be no more than 63 characters`,
      `spec.template.labels: Invalid value: "${name}": must be no more than 63 characters`,
    ]);
    expect(lines(validateJob(job(jobSpec(), 'x'.repeat(63)), CTX))).toEqual([]);
    expect(lines(validateJob(job(jobSpec({ completionMode: 'Indexed', completions: 100 }), 'x'.repeat(61)), CTX)))
      .toEqual([`metadata.name: Invalid value: "${'x'.repeat(61)}": will not able to create pod with invalid DNS label: ${'x'.repeat(61)}-99`]);
  });
});

describe('batch/v1 CronJob', () => {
  test('a valid CronJob passes, with a descriptor or a time zone too', () => {
    expect(lines(validateCronJob(cronJob({}), CTX))).toEqual([]);
    expect(lines(validateCronJob(cronJob({ schedule: '@hourly', timeZone: 'Europe/Berlin' }), CTX))).toEqual([]);
  });

  test('the schedule must parse as robfig/cron ParseStandard does', () => {
    expect(lines(validateCronJob(cronJob({ schedule: '0 3 * *' }), CTX)))
      .toEqual(['spec.schedule: Invalid value: "0 3 * *": expected exactly 5 fields, found 4: [0 3 * *]']);
    expect(lines(validateCronJob(cronJob({ schedule: 'TZ=UTC 0 3 * * *' }), CTX)))
      .toEqual(['spec.schedule: Invalid value: "TZ=UTC 0 3 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead']);
  });

  test('the name is at most 52 characters; time zone and concurrency policy known', () => {
    expect(lines(validateCronJob(cronJob({}, 'n'.repeat(53)), CTX))).toEqual([`metadata.name: Invalid value: "${'n'.repeat(53)}": must be no more than 52 characters`]);
    expect(lines(validateCronJob(cronJob({ timeZone: 'Mars/Olympus', concurrencyPolicy: 'Sometimes' }), CTX))).toEqual([
      'spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus',
      'spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"',
    ]);
  });

  test("the job template is checked as a Job's spec, its selector generated", () => {
    const spec = { jobTemplate: { spec: { ...jobSpec({}, {}), selector: { matchLabels: { a: 'b' } } } } };
    expect(lines(validateCronJob(cronJob(spec), CTX))).toEqual([
      'spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
      'spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"a":"b"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` will be auto-generated',
    ]);
  });
});

describe('cron schedules (robfig/cron/v3 ParseStandard)', () => {
  test.each(['* * * * *', '*/15 0-6 1,15 * MON-FRI', '0 0 1 jan,jul ?', '5/10 * * * *', '@yearly', '@every 1h30m', '@every 1.5s'])('accepts %s', (s) => {
    expect(cronScheduleError(s)).toBeUndefined();
  });
  test.each([
    ['', 'empty spec string'],
    ['* * * * * *', 'expected exactly 5 fields, found 6: [* * * * * *]'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['* * * * 7', 'end of range (7) above maximum (6): 7'],
    ['5-2 * * * *', 'beginning of range (5) beyond end of range (2): 5-2'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['1-2-3 * * * *', 'too many hyphens: 1-2-3'],
    ['*/2/3 * * * *', 'too many slashes: */2/3'],
    ['x * * * *', 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
    ['@fortnightly', 'unrecognized descriptor: @fortnightly'],
    ['@every 5', 'failed to parse duration @every 5: time: missing unit in duration "5"'],
    ['@every 5d', 'failed to parse duration @every 5d: time: unknown unit "d" in duration "5d"'],
  ])('rejects %j: %s', (s, message) => {
    expect(cronScheduleError(s)).toBe(message);
  });
});
