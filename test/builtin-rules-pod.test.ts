import { describe, expect, test } from 'vitest';
import { validatePod } from '../lib/validate/builtin-rules/core';
import { validatePodSpec, validatePodTemplate } from '../lib/validate/builtin-rules/pod-spec';
import { at, container, CTX, lines, podSpec } from './builtin-rules-helpers';

const pod = (spec: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec });
const check = (spec: Record<string, unknown>, ctx = CTX) => lines(validatePodSpec(spec, 'spec', ctx));

describe('pod spec (ValidatePodSpec)', () => {
  test('a plain pod passes', () => {
    expect(check(podSpec({ volumes: [{ name: 'data', emptyDir: {} }], initContainers: [container({ name: 'init' })] }))).toEqual([]);
  });

  test('containers are required', () => {
    expect(check({ containers: [] })).toEqual(['spec.containers: Required value']);
  });

  test('every container needs an image (kubectl-validate error_missing_image)', () => {
    expect(check({ containers: [{ name: 'nginx' }] })).toEqual(['spec.containers[0].image: Required value']);
    expect(check({ containers: [container()], initContainers: [{ name: 'init' }] })).toEqual(['spec.initContainers[0].image: Required value']);
  });

  test('container names are DNS-1123 labels, unique across regular, init and ephemeral containers', () => {
    expect(check({ containers: [container(), container({ name: 'App_1' })] })[0]).toMatch(/^spec\.containers\[1\]\.name: Invalid value: "App_1": a lowercase RFC 1123 label/);
    expect(check({ containers: [container(), container()] })).toEqual(['spec.containers[1].name: Duplicate value: "app"']);
    expect(check({ containers: [container()], initContainers: [container()] })).toEqual(['spec.initContainers[0].name: Duplicate value: "app"']);
    expect(check({ containers: [container()], ephemeralContainers: [container()] })).toEqual(['spec.ephemeralContainers[0].name: Duplicate value: "app"']);
  });

  test('container ports: in range, names IANA_SVC_NAMEs and unique, protocol known', () => {
    const ports = [{ name: 'http', containerPort: 80 }, { name: 'metrics', containerPort: 9090, protocol: 'UDP' }];
    expect(check({ containers: [container({ ports })] })).toEqual([]);
    expect(check({ containers: [container({ ports: [{ name: 'http', containerPort: 80 }, { name: 'http', containerPort: 81 }] })] }))
      .toEqual(['spec.containers[0].ports[1].name: Duplicate value: "http"']);
    expect(check({ containers: [container({ ports: [{ containerPort: 70000, hostPort: -1 }] })] })).toEqual([
      'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'spec.containers[0].ports[0].hostPort: Invalid value: -1: must be between 1 and 65535, inclusive',
    ]);
    expect(check({ containers: [container({ ports: [{ name: 'Web--Port-800000', containerPort: 80 }] })] })).toEqual([
      'spec.containers[0].ports[0].name: Invalid value: "Web--Port-800000": must be no more than 15 characters',
      'spec.containers[0].ports[0].name: Invalid value: "Web--Port-800000": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'spec.containers[0].ports[0].name: Invalid value: "Web--Port-800000": must not contain consecutive hyphens',
    ]);
    expect(check({ containers: [container({ ports: [{ name: '8080', containerPort: 8080, protocol: 'udp' }] })] })).toEqual([
      'spec.containers[0].ports[0].name: Invalid value: "8080": must contain at least one letter (a-z)',
      'spec.containers[0].ports[0].protocol: Unsupported value: "udp": supported values: "SCTP", "TCP", "UDP"',
    ]);
  });

  test('volumes: names unique; every volumeMount refers to one, with a unique mountPath', () => {
    const volumes = [{ name: 'data', emptyDir: {} }, { name: 'data', emptyDir: {} }];
    expect(check(podSpec({ volumes }))).toEqual(['spec.volumes[1].name: Duplicate value: "data"']);
    const volumeMounts = [{ name: 'data', mountPath: '/data' }, { name: 'cache', mountPath: '/data' }];
    expect(check({ volumes: [{ name: 'data', emptyDir: {} }], containers: [container({ volumeMounts })] })).toEqual([
      'spec.containers[0].volumeMounts[1].name: Not found: "cache"',
      'spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/data": must be unique',
    ]);
  });

  test('resource requests are at most their limits (message with the limit from 1.30)', () => {
    const ok = { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1024Mi' } };
    expect(check({ containers: [container({ resources: ok })] })).toEqual([]);
    const bad = { requests: { cpu: '1500m', memory: '2Gi' }, limits: { cpu: '1000m', memory: '1Gi' } };
    expect(check({ containers: [container({ resources: bad })] })).toEqual([
      'spec.containers[0].resources.requests: Invalid value: "1500m": must be less than or equal to cpu limit of 1',
      'spec.containers[0].resources.requests: Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi',
    ]);
    expect(check({ containers: [container({ resources: { requests: { 'example.com/gpu': '1' }, limits: { 'example.com/gpu': '2' } } })] }))
      .toEqual(['spec.containers[0].resources.requests: Invalid value: "1": must be equal to example.com/gpu limit of 2']);
    expect(check({ containers: [container({ resources: { requests: { 'example.com/gpu': '1' } } })] }))
      .toEqual(['spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources']);
    expect(check({ containers: [container({ resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } })] }, at('1.27')))
      .toEqual(['spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit']);
  });

  test('a probe or hook has exactly one handler', () => {
    const probe = { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 5 };
    expect(check({ containers: [container({ livenessProbe: probe, lifecycle: { preStop: { sleep: { seconds: 5 } } } })] })).toEqual([]);
    expect(check({ containers: [container({ readinessProbe: { exec: { command: ['true'] }, httpGet: { port: 80 } } })] }))
      .toEqual(['spec.containers[0].readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type']);
    expect(check({ containers: [container({ livenessProbe: { periodSeconds: 5 } })] }))
      .toEqual(['spec.containers[0].livenessProbe: Required value: must specify a handler type']);
    expect(check({ containers: [container({ startupProbe: { tcpSocket: { port: 0 }, successThreshold: 2 } })] })).toEqual([
      'spec.containers[0].startupProbe.tcpSocket.port: Invalid value: 0: must be between 1 and 65535, inclusive',
      'spec.containers[0].startupProbe.successThreshold: Invalid value: 2: must be 1',
    ]);
    expect(check({ containers: [container({ readinessProbe: { grpc: { port: 9000 }, terminationGracePeriodSeconds: 10 } })] }))
      .toEqual(['spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes']);
  });

  test('restartPolicy: the pod one of three; an init container only Always (a sidecar, 1.29+); none on regular containers', () => {
    expect(check(podSpec({ restartPolicy: 'Sometimes' }))).toEqual(['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"']);
    const sidecar = container({ name: 'proxy', restartPolicy: 'Always', readinessProbe: { tcpSocket: { port: 15000 } } });
    expect(check(podSpec({ initContainers: [sidecar] }))).toEqual([]);
    expect(check(podSpec({ initContainers: [container({ name: 'init', restartPolicy: 'Never' })] })))
      .toEqual(['spec.initContainers[0].restartPolicy: Unsupported value: "Never": supported values: "Always"']);
    expect(check(podSpec({ initContainers: [container({ name: 'init', livenessProbe: { exec: { command: ['true'] } } })] })))
      .toEqual(['spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always']);
    expect(check({ containers: [container({ restartPolicy: 'Always' })] })).toEqual(['spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers']);
    const before = validatePodSpec(podSpec({ initContainers: [container({ name: 'proxy', restartPolicy: 'Always' })] }), 'spec', at('1.28'));
    expect(before.map((f) => f.severity)).toEqual(['warning']);
  });

  test('a Pod may not be created with ephemeral containers; a template may not hold them', () => {
    expect(lines(validatePod(pod(podSpec()), CTX))).toEqual([]);
    expect(lines(validatePod(pod(podSpec({ ephemeralContainers: [container({ name: 'debug' })] })), CTX)))
      .toEqual(['spec.ephemeralContainers: Forbidden: cannot be set on create']);
    expect(lines(validatePodTemplate({ spec: podSpec({ ephemeralContainers: [container({ name: 'debug' })] }) }, 'spec.template', CTX)))
      .toEqual(['spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template']);
  });

  test("a template's labels are checked at <template>.labels, as upstream", () => {
    expect(lines(validatePodTemplate({ metadata: { labels: { app: 'web' } }, spec: podSpec() }, 'spec.template', CTX))).toEqual([]);
    expect(lines(validatePodTemplate({ metadata: { labels: { app: '-web' } }, spec: podSpec() }, 'spec.template', CTX))[0])
      .toMatch(/^spec\.template\.labels: Invalid value: "-web": a valid label must be an empty string/);
  });
});
