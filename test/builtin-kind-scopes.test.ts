import { describe, expect, test } from 'vitest';
import { apiGroupOf } from '../lib/report/object-identity';
import { isBuiltInApiVersion, isBuiltInClusterScoped } from '../lib/validate/builtin-kind-scopes';

// Derived from the generated schemas (their scope per kind), no longer a hand-written table.
describe('built-in API groups and cluster-scoped kinds', () => {
  test('every kind of the former hand-written table is cluster-scoped, and so are newer ones it missed', () => {
    const former = [
      'v1/Namespace', 'v1/Node', 'v1/PersistentVolume', 'v1/ComponentStatus',
      'apiextensions.k8s.io/v1/CustomResourceDefinition', 'apiregistration.k8s.io/v1/APIService',
      'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration', 'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration',
      'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy', 'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding',
      'rbac.authorization.k8s.io/v1/ClusterRole', 'rbac.authorization.k8s.io/v1/ClusterRoleBinding',
      'storage.k8s.io/v1/StorageClass', 'storage.k8s.io/v1/CSIDriver', 'storage.k8s.io/v1/CSINode', 'storage.k8s.io/v1/VolumeAttachment',
      'scheduling.k8s.io/v1/PriorityClass', 'node.k8s.io/v1/RuntimeClass', 'networking.k8s.io/v1/IngressClass',
      'certificates.k8s.io/v1/CertificateSigningRequest', 'flowcontrol.apiserver.k8s.io/v1/FlowSchema',
      'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration',
      // not in the former table
      'storage.k8s.io/v1beta1/VolumeAttributesClass', 'resource.k8s.io/v1beta1/DeviceClass', 'networking.k8s.io/v1beta1/IPAddress',
    ];
    const scope = (gvk: string) => isBuiltInClusterScoped(gvk.slice(0, gvk.lastIndexOf('/')), gvk.slice(gvk.lastIndexOf('/') + 1));
    expect(former.filter((gvk) => scope(gvk) !== true)).toEqual([]);
  });

  test('namespaced built-in kinds are not cluster-scoped; kinds of CRD groups are unknown', () => {
    expect(isBuiltInClusterScoped('apps/v1', 'Deployment')).toBe(false);
    expect(isBuiltInClusterScoped('v1', 'ConfigMap')).toBe(false);
    expect(isBuiltInClusterScoped('rbac.authorization.k8s.io/v1', 'Role')).toBe(false);
    expect(isBuiltInClusterScoped('argoproj.io/v1alpha1', 'Application')).toBeUndefined();
  });

  test('the built-in groups are those the shipped releases serve, and no CRD group', () => {
    for (const gv of ['v1', 'apps/v1', 'storagemigration.k8s.io/v1alpha1', 'internal.apiserver.k8s.io/v1alpha1', 'resource.k8s.io/v1beta1']) {
      expect(isBuiltInApiVersion(gv)).toBe(true);
    }
    for (const gv of ['snapshot.storage.k8s.io/v1', 'gateway.networking.k8s.io/v1', 'cert-manager.io/v1']) expect(isBuiltInApiVersion(gv)).toBe(false);
  });

  test('apiGroupOf reads an apiVersion as schema.ParseGroupVersion does', () => {
    expect([apiGroupOf('apps/v1'), apiGroupOf('v1'), apiGroupOf('rbac.authorization.k8s.io/v1')]).toEqual(['apps', '', 'rbac.authorization.k8s.io']);
  });
});
