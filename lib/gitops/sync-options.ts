import { ApiObject } from 'cdk8s';
import { apiGroupOf } from '../report/object-identity';
import { isBuiltInApiVersion } from '../validate/builtin-kind-scopes';
import { ObjectPass, annotationsOf, byFolder } from './placed-object';

/** Per-object Argo CD sync options, a comma-separated list. */
export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';

/**
 * Client-side apply stores the whole object in the `kubectl.kubernetes.io/last-applied-configuration`
 * annotation, and all annotations of an object together may not exceed 256 KiB (262,144 bytes), so a larger
 * CRD cannot be applied that way ("metadata.annotations: Too long"). Server-side apply keeps no such annotation.
 */
export const MAX_CLIENT_SIDE_APPLY_BYTES = 262_144;

/** Add `option` (e.g. `ServerSideApply=true`) to the object's sync options, keeping the ones already set. */
export function addSyncOption(apiObject: ApiObject, option: string): void {
  const current = annotationsOf(apiObject)[SYNC_OPTIONS_ANNOTATION];
  const options = current ? current.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const key = option.split('=')[0];
  if (options.some((o) => o.split('=')[0] === key)) return; // an explicit choice wins
  apiObject.metadata.addAnnotation(SYNC_OPTIONS_ANNOTATION, [...options, option].join(','));
}

/** The sync options of an object, as a list. */
export function syncOptionsOf(apiObject: ApiObject): string[] {
  const current = annotationsOf(apiObject)[SYNC_OPTIONS_ANNOTATION];
  return current ? current.split(',').map((s) => s.trim()) : [];
}

/** CRDs whose JSON exceeds {@link MAX_CLIENT_SIDE_APPLY_BYTES} are applied server-side. */
export const serverSideApplyForLargeCrds: ObjectPass = (objects) => {
  for (const { apiObject } of objects) {
    if (apiObject.kind !== 'CustomResourceDefinition' || apiGroupOf(apiObject.apiVersion) !== 'apiextensions.k8s.io') continue;
    if (Buffer.byteLength(JSON.stringify(apiObject.toJson())) > MAX_CLIENT_SIDE_APPLY_BYTES) {
      addSyncOption(apiObject, 'ServerSideApply=true');
    }
  }
};

/**
 * Argo CD dry-runs every object before a sync; a Custom Resource whose CRD is not yet in the cluster fails that
 * dry run, unless the CRD is part of the same sync. Each output folder is one Application's source, so a CR
 * whose CRD is not written to the same folder gets `SkipDryRunOnMissingResource=true`.
 */
export const skipDryRunWhereCrdIsElsewhere: ObjectPass = (objects) => {
  for (const inFolder of byFolder(objects).values()) {
    const defined = new Set(inFolder
      .filter(({ apiObject }) => apiObject.kind === 'CustomResourceDefinition' && isBuiltInApiVersion(apiObject.apiVersion))
      .map(({ apiObject }) => {
        const spec = apiObject.toJson().spec ?? {};
        return `${spec.group}/${spec.names?.kind}`;
      }));
    for (const { apiObject } of inFolder) {
      if (isBuiltInApiVersion(apiObject.apiVersion)) continue;
      if (defined.has(`${apiGroupOf(apiObject.apiVersion)}/${apiObject.kind}`)) continue;
      addSyncOption(apiObject, 'SkipDryRunOnMissingResource=true');
    }
  }
};
