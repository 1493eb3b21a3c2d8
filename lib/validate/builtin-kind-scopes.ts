// What the API server knows without any CRD: its API groups and which of its kinds are cluster-scoped, read from
// the generated schemas of every shipped release (schemas/kubernetes/releases/*.json carry each kind's scope).
import { apiGroupOf } from '../report/object-identity';
import { builtinGroupVersions, builtinKindScopes } from './builtin-schemas';
import { KUBE_RELEASES } from './kube-releases';

interface BuiltinScopes {
  /** API groups built into kube-apiserver (core is ''). Some CRD groups end in `.k8s.io` too, so this is a set. */
  readonly groups: ReadonlySet<string>;
  /** `group/kind` of the built-in kinds that are not namespaced, in any shipped release. */
  readonly clusterScoped: ReadonlySet<string>;
}

let scopes: BuiltinScopes | undefined;
function builtinScopes(): BuiltinScopes {
  if (scopes) return scopes;
  const groups = new Set<string>();
  const clusterScoped = new Set<string>();
  for (const release of KUBE_RELEASES) {
    for (const gv of builtinGroupVersions(release)) {
      groups.add(apiGroupOf(gv));
      for (const [kind, namespaced] of builtinKindScopes(release, gv)) if (!namespaced) clusterScoped.add(`${apiGroupOf(gv)}/${kind}`);
    }
  }
  return (scopes = { groups, clusterScoped });
}

/** Whether objects of this apiVersion are served by kube-apiserver itself (no CRD needed). */
export function isBuiltInApiVersion(apiVersion: string): boolean {
  return builtinScopes().groups.has(apiGroupOf(apiVersion));
}

/** Whether a built-in kind is cluster-scoped; `undefined` for kinds that come from CRDs (ask the CRD). */
export function isBuiltInClusterScoped(apiVersion: string, kind: string): boolean | undefined {
  if (!isBuiltInApiVersion(apiVersion)) return undefined;
  return builtinScopes().clusterScoped.has(`${apiGroupOf(apiVersion)}/${kind}`);
}
