/**
 * Creating or changing workloads in every namespace (kube-linter's access-to-create-pods; RBAC Good Practices,
 * "Workload creation"): a pod can run as any ServiceAccount of its namespace and mount any Secret there, so a
 * ClusterRole that writes pods or pod-creating workloads, bound with a ClusterRoleBinding, reaches every
 * namespace's credentials. Reported on the ClusterRoleBinding, since the binding is what makes it cluster-wide.
 */
import { Manifest } from '../report/manifest';
import { coversResource, grantedVerbs, GroupResource, isRbac, roleRules } from './rbac-match';
import { Violation } from './violation';

const WORKLOADS: readonly GroupResource[] = [
  { group: '', resource: 'pods' }, { group: '', resource: 'replicationcontrollers' },
  ...['deployments', 'replicasets', 'statefulsets', 'daemonsets'].map((resource) => ({ group: 'apps', resource })),
  ...['jobs', 'cronjobs'].map((resource) => ({ group: 'batch', resource })),
];

// update and patch change the pod template, which is as good as creating the pod.
const WORKLOAD_VERBS = ['create', 'update', 'patch'];

/** The ClusterRole named `name` and those it aggregates (by `aggregationRule.clusterRoleSelectors[].matchLabels`). */
function clusterRolesNamed(name: string, all: readonly Manifest[]): any[] {
  const clusterRoles = all.map((m) => m.object).filter((o) => o?.kind === 'ClusterRole' && isRbac(o));
  const role = clusterRoles.find((o) => o.metadata?.name === name);
  if (!role) return [];
  const selectors: any[] = Array.isArray(role.aggregationRule?.clusterRoleSelectors) ? role.aggregationRule.clusterRoleSelectors : [];
  const aggregated = clusterRoles.filter((o) => o !== role && selectors.some((s) => {
    const wanted = Object.entries<string>(s?.matchLabels ?? {});
    return wanted.length > 0 && wanted.every(([k, v]) => o.metadata?.labels?.[k] === v);
  }));
  return [role, ...aggregated];
}

/** rbac.cluster-wide-workloads, on a ClusterRoleBinding whose ClusterRole (among the manifests) writes workloads. */
export function clusterWideWorkloads(manifest: Manifest, all: readonly Manifest[]): Violation[] {
  const o = manifest.object;
  if (o.kind !== 'ClusterRoleBinding' || !isRbac(o) || o.roleRef?.kind !== 'ClusterRole' || typeof o.roleRef?.name !== 'string') return [];
  return clusterRolesNamed(o.roleRef.name, all).flatMap((role) => roleRules(role).flatMap((rule, i) => {
    const verbs = grantedVerbs(rule, WORKLOAD_VERBS);
    const resources = WORKLOADS.filter((w) => coversResource(rule, w)).map((w) => (w.group ? `${w.group}/${w.resource}` : w.resource));
    if (verbs.length === 0 || resources.length === 0) return [];
    return [{
      rule: 'rbac.cluster-wide-workloads',
      field: 'roleRef.name',
      message: `Forbidden: ClusterRole "${role.metadata?.name}" rules[${i}] grants ${verbs.map((v) => `"${v}"`).join(', ')} on ` +
        `${resources.map((r) => `"${r}"`).join(', ')} in every namespace: a pod can use any ServiceAccount and Secret of its namespace: ` +
        'bind a Role with RoleBindings in the namespaces that need it (Operator: watchNamespaces), ' +
        'or add the annotation opkit.dev/accept: "rbac.cluster-wide-workloads: <why>" to the binding',
    }];
  }));
}
