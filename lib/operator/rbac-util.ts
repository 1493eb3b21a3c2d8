import * as kplus from 'cdk8s-plus-27';
import { PolicyRule } from './rbac-rules';

/** Adds rule values to a cdk8s-plus Role or ClusterRole, one rule each, in order. */
export function addRules(role: kplus.Role | kplus.ClusterRole, rules: readonly PolicyRule[]): void {
  for (const rule of rules) {
    if (rule.nonResourceURLs) {
      if (!(role instanceof kplus.ClusterRole)) throw new Error(`${role.node.path}: nonResourceURLs need a ClusterRole`);
      role.allow(rule.verbs, ...rule.nonResourceURLs.map((url) => kplus.NonApiResource.of(url)));
      continue;
    }
    for (const apiGroup of rule.apiGroups ?? []) {
      const resources = (rule.resources ?? []).map((resourceType) => kplus.ApiResource.custom({ apiGroup, resourceType }));
      (role as kplus.ClusterRole).allow(rule.verbs, ...resources);
    }
  }
}
