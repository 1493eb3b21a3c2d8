import { Finding } from '../report/finding';
import { folderOf, ManifestCheck } from '../report/manifest';
import { apiGroupOf } from '../report/object-identity';

/**
 * Each output folder is one Argo CD Application, which cannot hold the same object twice (Argo CD reports the
 * duplicate and cannot compare or sync it). Objects are the same when group, kind, namespace and name match.
 */
export const uniqueObjectsPerFolder: ManifestCheck = (manifests) => {
  const seen = new Map<string, string>();
  const findings: Finding[] = [];
  for (const m of manifests) {
    const { apiVersion = '', kind, metadata = {} } = m.object;
    const folder = folderOf(m);
    const key = [folder, apiGroupOf(apiVersion), kind, metadata.namespace ?? '', metadata.name].join('|');
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, m.origin.constructPath ?? m.origin.file ?? '');
      continue;
    }
    findings.push({
      severity: 'error',
      rule: 'gitops.duplicate-object',
      message: `Duplicate value: the same object is already defined by ${first} in ${folder}/; `
        + 'one Argo CD Application cannot sync an object twice: rename one or move it to another environment folder',
      object: { apiVersion, kind, namespace: metadata.namespace, name: metadata.name },
      origin: m.origin,
    });
  }
  return findings;
};
