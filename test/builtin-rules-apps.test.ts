import { describe, expect, test } from 'vitest';
import { validateDaemonSet, validateDeployment, validateReplicaSet, validateStatefulSet } from '../lib/validate/builtin-rules/apps';
import { at, container, CTX, lines, podSpec, workload } from './builtin-rules-helpers';

describe('apps/v1 workloads', () => {
  test('Deployment, ReplicaSet, DaemonSet and StatefulSet with a matching selector pass', () => {
    for (const [kind, rule] of [['Deployment', validateDeployment], ['ReplicaSet', validateReplicaSet], ['DaemonSet', validateDaemonSet], ['StatefulSet', validateStatefulSet]] as const) {
      expect(lines(rule(workload(kind, { replicas: 2 }), CTX)), kind).toEqual([]);
    }
  });

  test('the selector must match the template labels', () => {
    const obj = workload('Deployment', {}, { metadata: { labels: { app: 'api', tier: 'x' } } });
    expect(lines(validateDeployment(obj, CTX))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"api", "tier":"x"}: `selector` does not match template `labels`',
    ]);
    const expr = workload('DaemonSet', { selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['api'] }] } });
    expect(lines(validateDaemonSet(expr, CTX))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    ]);
    expect(lines(validateStatefulSet(workload('StatefulSet', { selector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] } }), CTX))).toEqual([]);
  });

  test('the selector is required, valid and not empty', () => {
    const none = workload('Deployment');
    delete (none.spec as any).selector;
    expect(lines(validateDeployment(none, CTX))).toEqual([
      'spec.selector: Required value',
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    ]);
    expect(lines(validateStatefulSet(workload('StatefulSet', { selector: {} }), CTX))).toEqual([
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for statefulset',
    ]);
    const bad = workload('Deployment', { selector: { matchExpressions: [{ key: 'app', operator: 'Matches', values: ['web'] }] } });
    expect(lines(validateDeployment(bad, CTX))).toEqual([
      'spec.selector.matchExpressions[0].operator: Invalid value: "Matches": not a valid selector operator',
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"Matches", Values:[]string{"web"}}}}: invalid label selector',
    ]);
    const noValues = workload('ReplicaSet', { selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'NotIn' }] } });
    expect(lines(validateReplicaSet(noValues, CTX))).toEqual([
      "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
    ]);
  });

  test('replicas and other counts are not negative', () => {
    expect(lines(validateDeployment(workload('Deployment', { replicas: -1, revisionHistoryLimit: -2 }), CTX))).toEqual([
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
      'spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0',
    ]);
    expect(lines(validateStatefulSet(workload('StatefulSet', { replicas: -3 }), CTX))).toEqual(['spec.replicas: Invalid value: -3: must be greater than or equal to 0']);
  });

  test('workload pods always restart and have no deadline', () => {
    const obj = workload('Deployment', {}, { spec: podSpec({ restartPolicy: 'OnFailure', activeDeadlineSeconds: 30 }) });
    expect(lines(validateDeployment(obj, CTX))).toEqual([
      'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"',
      'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in Deployment is not Supported',
    ]);
  });

  test("the template's pod spec is checked in every workload", () => {
    const obj = workload('DaemonSet', {}, { spec: { containers: [{ name: 'agent' }] } });
    expect(lines(validateDaemonSet(obj, CTX))).toEqual(['spec.template.spec.containers[0].image: Required value']);
  });

  test('Deployment strategy: rollingUpdate only for RollingUpdate, maxUnavailable and maxSurge not both 0', () => {
    expect(lines(validateDeployment(workload('Deployment', { strategy: { type: 'Recreate', rollingUpdate: {} } }), CTX)))
      .toEqual(["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"]);
    expect(lines(validateDeployment(workload('Deployment', { strategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: '0%' } } }), CTX)))
      .toEqual(['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0']);
    expect(lines(validateDeployment(workload('Deployment', { strategy: { rollingUpdate: { maxUnavailable: '150%', maxSurge: 'half' } } }), CTX))).toEqual([
      "spec.strategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"half\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%',
    ]);
  });

  test('StatefulSet: a volumeMount may name a volumeClaimTemplate; other names are not found', () => {
    const spec = podSpec({ containers: [container({ volumeMounts: [{ name: 'data', mountPath: '/var/lib/db' }] })] });
    const claims = [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }];
    expect(lines(validateStatefulSet(workload('StatefulSet', { volumeClaimTemplates: claims }, { spec }), CTX))).toEqual([]);
    const findings = validateStatefulSet(workload('StatefulSet', {}, { spec }), CTX);
    expect(lines(findings)).toEqual(['spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"']);
    expect(findings[0].rule).toBe('kube.statefulset.pod');
  });
});

describe('values in messages, per release', () => {
  test('Go syntax up to 1.33, JSON from 1.34 (kubernetes#132314)', () => {
    const obj = workload('Deployment', { strategy: { rollingUpdate: { maxUnavailable: '150%' } } }, { metadata: { labels: { app: 'api' } } });
    expect(lines(validateDeployment(obj, at('1.33')))).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"api"}: `selector` does not match template `labels`',
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%',
    ]);
    expect(lines(validateDeployment(obj, at('1.34')))).toEqual([
      'spec.template.metadata.labels: Invalid value: {"app":"api"}: `selector` does not match template `labels`',
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%',
    ]);
    expect(lines(validateStatefulSet(workload('StatefulSet', { selector: { matchLabels: {} } }), at('1.35'))))
      .toEqual(['spec.selector: Invalid value: {}: empty selector is invalid for statefulset']);
  });
});
