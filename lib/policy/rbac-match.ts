/**
 * Which permissions an RBAC rule grants, matched as the RBAC authorizer matches a request
 * (kubernetes pkg/apis/rbac/v1/evaluation_helpers.go: VerbMatches, APIGroupMatches, ResourceMatches):
 * `*` matches every verb, group or resource (subresources included), `*\/sub` matches `sub` of every resource.
 */
import { Manifest } from '../report/manifest';

const ROLE_KINDS = ['Role', 'ClusterRole'];

/** The rules of a Role or ClusterRole (none for other kinds). */
export function rulesOf(manifest: Manifest): any[] {
  return roleRules(manifest.object);
}

/** The rules of a Role or ClusterRole object. */
export function roleRules(o: any): any[] {
  return ROLE_KINDS.includes(o?.kind) && isRbac(o) && Array.isArray(o.rules) ? o.rules : [];
}

/** Whether the object is in the rbac.authorization.k8s.io group. */
export function isRbac(o: any): boolean {
  return typeof o?.apiVersion === 'string' && o.apiVersion.startsWith('rbac.authorization.k8s.io/');
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** A resource in an API group, e.g. `{ group: '', resource: 'pods/exec' }`. */
export interface GroupResource {
  readonly group: string;
  /** `resource` or `resource/subresource`. */
  readonly resource: string;
}

/** Whether `rule` covers `target` (API group and resource; verbs not considered). */
export function coversResource(rule: any, target: GroupResource): boolean {
  const groups = list(rule?.apiGroups);
  if (!groups.includes('*') && !groups.includes(target.group)) return false;
  const sub = target.resource.includes('/') ? target.resource.slice(target.resource.indexOf('/') + 1) : '';
  return list(rule?.resources).some((r) => r === '*' || r === target.resource || (sub !== '' && r === `*/${sub}`));
}

/** The verbs of `verbs` that `rule` grants (`*` grants them all). */
export function grantedVerbs(rule: any, verbs: readonly string[]): string[] {
  const ruleVerbs = list(rule?.verbs);
  return ruleVerbs.includes('*') ? [...verbs] : verbs.filter((v) => ruleVerbs.includes(v));
}

/** Whether the rule is limited to named objects (`resourceNames`). */
export function hasResourceNames(rule: any): boolean {
  return list(rule?.resourceNames).length > 0;
}
