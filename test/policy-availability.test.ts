import { describe, expect, test } from 'vitest';
import { compliantDeployment, policyLines } from './policy-fixtures';

/** The compliant Deployment with `replicas` and `affinity` on its pod spec. */
function replicated(replicas: number, affinity?: any, kind = 'Deployment') {
  const d = compliantDeployment();
  d.kind = kind;
  d.spec.replicas = replicas;
  if (affinity !== undefined) d.spec.template.spec.affinity = affinity;
  return d;
}
const term = (over: Record<string, any> = {}) => ({ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'web' } }, ...over });
const preferred = (t: any) => ({ podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: t }] } });
const required = (t: any) => ({ podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [t] } });
const FIX = 'keep the 2 replicas on different nodes: add a preferred or required term with topologyKey "kubernetes.io/hostname" selecting the pod\'s labels';

describe('no-anti-affinity (kube-linter, minReplicas 2)', () => {
  test('one replica, or none set, needs no anti-affinity', () => {
    expect(policyLines(replicated(1))).toEqual([]);
    expect(policyLines(compliantDeployment())).toEqual([]);
  });

  test.each(['Deployment', 'StatefulSet', 'ReplicaSet'])('a %s with 2 replicas and no podAntiAffinity', (kind) => {
    expect(policyLines(replicated(2, undefined, kind))).toEqual([`lint.anti-affinity spec.template.spec.affinity.podAntiAffinity: Required value: ${FIX}`]);
  });

  test('podAntiAffinity with no terms is the same as none', () => {
    expect(policyLines(replicated(2, { podAntiAffinity: {} }))).toEqual([`lint.anti-affinity spec.template.spec.affinity.podAntiAffinity: Required value: ${FIX}`]);
  });

  test('a preferred or a required term on the hostname selecting the pods passes', () => {
    expect(policyLines(replicated(2, preferred(term())))).toEqual([]);
    expect(policyLines(replicated(3, required(term({ labelSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] } }))))).toEqual([]);
    expect(policyLines(replicated(2, required(term({ namespaces: ['apps'] }))))).toEqual([]);
  });

  test('terms that do not keep the replicas apart are each reported', () => {
    const at = 'spec.template.spec.affinity.podAntiAffinity';
    expect(policyLines(replicated(2, preferred(term({ topologyKey: 'topology.kubernetes.io/zone' }))))).toEqual([
      `lint.anti-affinity ${at}.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm: Invalid value: the term's topologyKey is "topology.kubernetes.io/zone", not "kubernetes.io/hostname": ${FIX}`,
    ]);
    expect(policyLines(replicated(2, required(term({ labelSelector: { matchLabels: { app: 'other' } } }))))).toEqual([
      `lint.anti-affinity ${at}.requiredDuringSchedulingIgnoredDuringExecution[0]: Invalid value: the term's labelSelector does not select the pod template's labels: ${FIX}`,
    ]);
    expect(policyLines(replicated(2, required(term({ labelSelector: undefined }))))).toHaveLength(1);
    expect(policyLines(replicated(2, required(term({ namespaces: ['other'] }))))).toEqual([
      `lint.anti-affinity ${at}.requiredDuringSchedulingIgnoredDuringExecution[0]: Invalid value: the pod's namespace "apps" is not among the term's namespaces [other]: ${FIX}`,
    ]);
  });

  test('one good term among bad ones is enough', () => {
    const affinity = {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, podAffinityTerm: term({ topologyKey: 'zone' }) }],
        requiredDuringSchedulingIgnoredDuringExecution: [term()],
      },
    };
    expect(policyLines(replicated(2, affinity))).toEqual([]);
  });
});

describe('pdb-unhealthy-pod-eviction-policy (kube-linter)', () => {
  const pdb = (spec: Record<string, any>) => ({
    apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'apps' },
    spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'web' } }, ...spec },
  });

  test('a PodDisruptionBudget without unhealthyPodEvictionPolicy', () => {
    expect(policyLines(pdb({}))).toEqual([
      'lint.pdb-unhealthy-pod-eviction-policy spec.unhealthyPodEvictionPolicy: Required value: set it (usually "AlwaysAllow"): with the default, pods that are running but not ready block node drains',
    ]);
  });

  test.each(['AlwaysAllow', 'IfHealthyBudget'])('set explicitly to %s', (policy) => {
    expect(policyLines(pdb({ unhealthyPodEvictionPolicy: policy }))).toEqual([]);
  });
});
