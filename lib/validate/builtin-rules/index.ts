/**
 * The API server's Go-coded validation of the built-in kinds operators ship, by group and kind: what their
 * OpenAPI schemas cannot express (selector matching the template, unique names across lists, cron schedules,
 * requests ≤ limits, ...). The validator runs `builtinRulesFor` on every built-in object whose schema check
 * passed, as the API server runs its Go validation only on objects that decoded.
 */
import { Finding } from '../../report/finding';
import { validateDaemonSet, validateDeployment, validateReplicaSet, validateStatefulSet } from './apps';
import { validateCronJob, validateJob } from './batch';
import { validateConfigMap, validatePod, validateSecret, validateService } from './core';
import { validateIngress, validateNetworkPolicy } from './networking';
import { validatePodDisruptionBudget } from './policy';
import { validateClusterRole, validateClusterRoleBinding, validateRole, validateRoleBinding } from './rbac';
import { BuiltinRule, RuleContext } from './types';

export { BuiltinRule, RuleContext } from './types';

/** `group/Kind` → rule (the core group is ''); every served version of the group is checked alike. */
export const BUILTIN_RULES: Readonly<Record<string, BuiltinRule>> = {
  '/Pod': validatePod,
  '/Service': validateService,
  '/ConfigMap': validateConfigMap,
  '/Secret': validateSecret,
  'apps/Deployment': validateDeployment,
  'apps/ReplicaSet': validateReplicaSet,
  'apps/StatefulSet': validateStatefulSet,
  'apps/DaemonSet': validateDaemonSet,
  'batch/Job': validateJob,
  'batch/CronJob': validateCronJob,
  'policy/PodDisruptionBudget': validatePodDisruptionBudget,
  'rbac.authorization.k8s.io/Role': validateRole,
  'rbac.authorization.k8s.io/ClusterRole': validateClusterRole,
  'rbac.authorization.k8s.io/RoleBinding': validateRoleBinding,
  'rbac.authorization.k8s.io/ClusterRoleBinding': validateClusterRoleBinding,
  'networking.k8s.io/Ingress': validateIngress,
  'networking.k8s.io/NetworkPolicy': validateNetworkPolicy,
};

/** The Go-coded checks of a built-in object (none for kinds without rules). */
export function builtinRulesFor(object: Record<string, any>, ctx: RuleContext): Finding[] {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
  const rule = BUILTIN_RULES[`${group}/${object.kind}`];
  return rule ? rule(object, ctx) : [];
}
