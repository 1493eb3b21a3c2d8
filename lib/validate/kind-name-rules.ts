/**
 * Which name rule the API server applies to which kind. The rules themselves, with the API server's exact
 * messages, are in lib/apimachinery/name-formats.ts.
 */
import { isDns1035Label, isDns1123Label, isDns1123Subdomain } from '../apimachinery/name-formats';

/** ValidatePathSegmentName: RBAC objects may use any name that is a valid URL path segment. */
export function pathSegmentName(v: string): string[] {
  if (v === '.' || v === '..') return [`may not be '${v}'`];
  for (const bad of ['/', '%']) if (v.includes(bad)) return [`may not contain '${bad}'`];
  return [];
}

/** The name rule the API server applies to a kind (most use DNS-1123 subdomains). */
export type NameRule = (v: string) => string[];

const NAME_RULES: Record<string, NameRule> = {
  Service: isDns1035Label,
  Namespace: isDns1123Label,
  Role: pathSegmentName,
  ClusterRole: pathSegmentName,
  RoleBinding: pathSegmentName,
  ClusterRoleBinding: pathSegmentName,
};

/** The name rule of a built-in kind; custom resources always use DNS-1123 subdomains. */
export function nameRuleFor(kind: string | undefined, builtin: boolean): NameRule {
  return (builtin && kind && NAME_RULES[kind]) || isDns1123Subdomain;
}
