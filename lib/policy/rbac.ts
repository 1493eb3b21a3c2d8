/** RBAC rules: no wildcards, no cluster-admin bindings, no access to Secrets unless accepted with a reason. */
import { Manifest } from '../report/manifest';
import { rulesOf } from './rbac-match';
import { Violation } from './violation';

const BINDING_KINDS = ['RoleBinding', 'ClusterRoleBinding'];

/** `*` in verbs, resources or apiGroups grants what nobody reviewed (including kinds added later). */
export function noWildcards(manifest: Manifest): Violation[] {
  return rulesOf(manifest).flatMap((rule, i) => (['apiGroups', 'resources', 'verbs', 'nonResourceURLs'] as const).flatMap((field) =>
    (Array.isArray(rule?.[field]) ? rule[field] : []).flatMap((value: string, j: number) => value.includes('*') ? [{
      rule: 'rbac.wildcard',
      field: `rules[${i}].${field}[${j}]`,
      message: `Invalid value: "${value}": wildcards grant access to everything that exists now or later: list the ${field} explicitly`,
    }] : [])));
}

/** Binding anything to cluster-admin gives it the whole cluster. */
export function noClusterAdmin(manifest: Manifest): Violation[] {
  const o = manifest.object;
  if (!BINDING_KINDS.includes(o.kind) || o.roleRef?.kind !== 'ClusterRole' || o.roleRef?.name !== 'cluster-admin') return [];
  return [{
    rule: 'rbac.cluster-admin',
    field: 'roleRef.name',
    message: 'Invalid value: "cluster-admin": binding to cluster-admin grants every permission: bind a role with only the rules needed',
  }];
}

/** Secrets hold credentials: a role that reads or writes them must say why (an accepted finding). */
export function noSecretsAccess(manifest: Manifest): Violation[] {
  return rulesOf(manifest).flatMap((rule, i) => {
    const groups: string[] = Array.isArray(rule?.apiGroups) ? rule.apiGroups : [];
    if (!groups.includes('')) return [];
    return (Array.isArray(rule.resources) ? rule.resources : []).flatMap((r: string, j: number) =>
      r === 'secrets' || r.startsWith('secrets/') ? [{
        rule: 'rbac.secrets',
        field: `rules[${i}].resources[${j}]`,
        message: `Forbidden: access to "${r}" must be declared: add the annotation opkit.dev/accept: "rbac.secrets: <why>" (with the Operator, use ManagedKinds.secrets('<why>'))`,
      }] : []);
  });
}
