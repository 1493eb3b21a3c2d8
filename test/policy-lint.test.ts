import { describe, expect, test } from 'vitest';
import { policyLines, withPod } from './policy-fixtures';

const C = 'spec.template.spec.containers[0]';

describe('kube-linter default checks', () => {
  const cases: Array<[string, (pod: any, d: any) => void, string[]]> = [
    ['read-only root filesystem', (pod) => { pod.containers[0].securityContext.readOnlyRootFilesystem = false; },
      [`lint.read-only-root-filesystem ${C}.securityContext.readOnlyRootFilesystem: Required value: must be true: write to an emptyDir volume mounted where the program needs to write`]],
    ['cpu request', (pod) => { delete pod.containers[0].resources.requests.cpu; },
      [`lint.cpu-request ${C}.resources.requests.cpu: Required value: set a CPU request so the scheduler can place the pod`]],
    ['memory limit', (pod) => { delete pod.containers[0].resources.limits; },
      [`lint.memory-limit ${C}.resources.limits.memory: Required value: set a memory limit so a leak cannot starve the node`]],
    ['latest tag', (pod) => { pod.containers[0].image = 'example/web:latest'; },
      [`lint.pinned-image ${C}.image: Invalid value: image "example/web:latest" uses the mutable tag "latest": pin it with a version tag (e.g. "example/web:v1.2.3") or a digest ("example/web@sha256:...")`]],
    ['no tag', (pod) => { pod.containers[0].image = 'example/web'; },
      [`lint.pinned-image ${C}.image: Invalid value: image "example/web" has no tag: pin it with a version tag (e.g. "example/web:v1.2.3") or a digest ("example/web@sha256:...")`]],
    ['probe on an undeclared named port', (pod) => { pod.containers[0].livenessProbe.httpGet.port = 'metrics'; },
      [`lint.probe-port ${C}.livenessProbe.httpGet.port: Invalid value: "metrics": the container declares no such port: add it to ${C}.ports`]],
    ['probe on an undeclared port number', (pod) => { pod.containers[0].readinessProbe.tcpSocket.port = 9090; },
      [`lint.probe-port ${C}.readinessProbe.tcpSocket.port: Invalid value: 9090: the container declares no such port: add it to ${C}.ports`]],
    ['startup probe on an undeclared gRPC port', (pod) => { pod.containers[0].startupProbe = { grpc: { port: 9000 } }; },
      [`lint.probe-port ${C}.startupProbe.grpc.port: Invalid value: 9000: the container declares no such port: add it to ${C}.ports`]],
    ['service account missing', (pod) => { pod.serviceAccountName = 'ghost'; },
      ['lint.service-account spec.template.spec.serviceAccountName: Not found: "ghost": no ServiceAccount of that name in namespace "apps" among the manifests']],
    ['selector label value differs', (_pod, d) => { d.spec.selector.matchLabels.app = 'api'; },
      ['lint.selector spec.selector.matchLabels["app"]: Invalid value: "api": spec.template.metadata.labels has "web"']],
    ['selector label missing from the template', (_pod, d) => { d.spec.selector.matchLabels.tier = 'front'; },
      ['lint.selector spec.selector.matchLabels["tier"]: Invalid value: "front": spec.template.metadata.labels has no such label']],
    ['selector expression does not match', (_pod, d) => { d.spec.selector.matchExpressions = [{ key: 'app', operator: 'NotIn', values: ['web'] }]; },
      ['lint.selector spec.selector.matchExpressions[0]: Invalid value: "app NotIn ["web"]": does not match spec.template.metadata.labels']],
    ['no selector', (_pod, d) => { delete d.spec.selector; },
      ['lint.selector spec.selector: Required value: select the pod template\'s labels']],
  ];
  test.each(cases)('%s', (_name, edit, expected) => {
    expect(policyLines(withPod(edit))).toEqual(expected);
  });

  test('the default ServiceAccount needs no object; a ServiceAccount in another namespace does not count', () => {
    expect(policyLines(withPod((pod) => { pod.serviceAccountName = 'default'; }))).toEqual([]);
    const elsewhere = withPod(() => undefined);
    elsewhere.metadata.namespace = 'other';
    expect(policyLines(elsewhere)).toEqual([
      'lint.service-account spec.template.spec.serviceAccountName: Not found: "web": no ServiceAccount of that name in namespace "other" among the manifests',
    ]);
  });

  test('matching selector expressions pass', () => {
    const d = withPod((_pod, dep) => {
      dep.spec.selector.matchExpressions = [
        { key: 'app', operator: 'In', values: ['web'] }, { key: 'app', operator: 'Exists' }, { key: 'x', operator: 'DoesNotExist' },
      ];
    });
    expect(policyLines(d)).toEqual([]);
  });
});
