/**
 * kube-linter's default availability checks: no-anti-affinity (template `anti-affinity`, minReplicas 2) and
 * pdb-unhealthy-pod-eviction-policy.
 */
import { Manifest } from '../report/manifest';
import { selectorMatches } from './label-selector';
import { podTemplateOf } from './pod-templates';
import { Violation } from './violation';

// kube-linter's DeploymentLike kinds that have replicas (extract.Replicas).
const REPLICATED_KINDS = ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'];
const MIN_REPLICAS = 2;
const TOPOLOGY_KEY = 'kubernetes.io/hostname';

/** Why an anti-affinity term does not keep the replicas apart, or undefined when it does. */
function termProblem(term: any, namespace: string | undefined, labels: Record<string, string>): string | undefined {
  // No namespaces: the term applies to the pod's own namespace. kube-linter compares with the template's
  // metadata.namespace (almost always empty); the object's namespace is where the pods actually run.
  const namespaces: string[] = Array.isArray(term?.namespaces) ? term.namespaces : [];
  if (namespaces.length > 0 && !namespaces.includes(namespace ?? 'default')) {
    return `the pod's namespace "${namespace ?? 'default'}" is not among the term's namespaces [${namespaces.join(', ')}]`;
  }
  if (term?.topologyKey !== TOPOLOGY_KEY) return `the term's topologyKey is ${JSON.stringify(term?.topologyKey)}, not "${TOPOLOGY_KEY}"`;
  if (!selectorMatches(term?.labelSelector, labels)) return 'the term\'s labelSelector does not select the pod template\'s labels';
  return undefined;
}

/** no-anti-affinity: with 2 or more replicas, a podAntiAffinity term on `kubernetes.io/hostname` selects the replicas. */
export function antiAffinity(manifest: Manifest): Violation[] {
  const o = manifest.object;
  const replicas = o.spec?.replicas;
  if (!REPLICATED_KINDS.includes(o.kind) || typeof replicas !== 'number' || replicas < MIN_REPLICAS) return [];
  const pod = podTemplateOf(manifest);
  if (!pod) return [];
  const field = `${pod.specPath}.affinity.podAntiAffinity`;
  const anti = pod.spec.affinity?.podAntiAffinity;
  const fix = `keep the ${replicas} replicas on different nodes: add a preferred or required term with topologyKey "${TOPOLOGY_KEY}" selecting the pod's labels`;
  const preferred: any[] = Array.isArray(anti?.preferredDuringSchedulingIgnoredDuringExecution) ? anti.preferredDuringSchedulingIgnoredDuringExecution : [];
  const required: any[] = Array.isArray(anti?.requiredDuringSchedulingIgnoredDuringExecution) ? anti.requiredDuringSchedulingIgnoredDuringExecution : [];
  if (preferred.length + required.length === 0) return [{ rule: 'lint.anti-affinity', field, message: `Required value: ${fix}` }];
  const labels = pod.metadata.labels ?? {};
  const terms = [
    ...preferred.map((p, i) => ({ term: p?.podAffinityTerm, at: `${field}.preferredDuringSchedulingIgnoredDuringExecution[${i}].podAffinityTerm` })),
    ...required.map((term, i) => ({ term, at: `${field}.requiredDuringSchedulingIgnoredDuringExecution[${i}]` })),
  ];
  const problems = terms.map((t) => ({ ...t, problem: termProblem(t.term, o.metadata?.namespace, labels) }));
  // One term that keeps the replicas apart is enough.
  if (problems.some((p) => p.problem === undefined)) return [];
  return problems.map((p) => ({ rule: 'lint.anti-affinity', field: p.at, message: `Invalid value: ${p.problem}: ${fix}` }));
}

/** pdb-unhealthy-pod-eviction-policy: a PodDisruptionBudget sets `unhealthyPodEvictionPolicy` explicitly. */
export function pdbUnhealthyPodEvictionPolicy(manifest: Manifest): Violation[] {
  const o = manifest.object;
  if (o.kind !== 'PodDisruptionBudget' || !String(o.apiVersion).startsWith('policy/')) return [];
  if (o.spec?.unhealthyPodEvictionPolicy !== undefined) return [];
  return [{
    rule: 'lint.pdb-unhealthy-pod-eviction-policy',
    field: 'spec.unhealthyPodEvictionPolicy',
    message: 'Required value: set it (usually "AlwaysAllow"): with the default, pods that are running but not ready block node drains',
  }];
}
