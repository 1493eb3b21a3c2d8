// What the API server knows without any CRD. Hand-written: no library ships these lists for TypeScript; they follow
// the API groups and cluster-scoped kinds served by kube-apiserver (kubectl api-resources on a plain cluster).

/** API groups built into kube-apiserver (core is ''). Some CRD groups end in `.k8s.io` too, so this is a list. */
const BUILT_IN_GROUPS = new Set([
  '', 'admissionregistration.k8s.io', 'apiextensions.k8s.io', 'apiregistration.k8s.io', 'apps',
  'authentication.k8s.io', 'authorization.k8s.io', 'autoscaling', 'batch', 'certificates.k8s.io',
  'coordination.k8s.io', 'discovery.k8s.io', 'events.k8s.io', 'flowcontrol.apiserver.k8s.io',
  'internal.apiserver.k8s.io', 'networking.k8s.io', 'node.k8s.io', 'policy', 'rbac.authorization.k8s.io',
  'resource.k8s.io', 'scheduling.k8s.io', 'storage.k8s.io', 'storagemigration.k8s.io',
]);

/** Built-in kinds that are not namespaced, by `group/kind`. */
const CLUSTER_SCOPED = new Set([
  '/Namespace', '/Node', '/PersistentVolume', '/ComponentStatus',
  'apiextensions.k8s.io/CustomResourceDefinition', 'apiregistration.k8s.io/APIService',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'rbac.authorization.k8s.io/ClusterRole', 'rbac.authorization.k8s.io/ClusterRoleBinding',
  'storage.k8s.io/StorageClass', 'storage.k8s.io/CSIDriver', 'storage.k8s.io/CSINode',
  'storage.k8s.io/VolumeAttachment', 'scheduling.k8s.io/PriorityClass', 'node.k8s.io/RuntimeClass',
  'networking.k8s.io/IngressClass', 'certificates.k8s.io/CertificateSigningRequest',
  'flowcontrol.apiserver.k8s.io/FlowSchema', 'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
]);

/** The group of an `apiVersion`: `apps/v1` → `apps`, `v1` → `''`. */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** Whether objects of this apiVersion are served by kube-apiserver itself (no CRD needed). */
export function isBuiltInApiVersion(apiVersion: string): boolean {
  return BUILT_IN_GROUPS.has(apiGroupOf(apiVersion));
}

/** Whether a built-in kind is cluster-scoped; `undefined` for kinds that come from CRDs (ask the CRD). */
export function isBuiltInClusterScoped(apiVersion: string, kind: string): boolean | undefined {
  if (!isBuiltInApiVersion(apiVersion)) return undefined;
  return CLUSTER_SCOPED.has(`${apiGroupOf(apiVersion)}/${kind}`);
}
