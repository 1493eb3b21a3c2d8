import * as path from 'node:path';
import { Manifest } from '../report/manifest';
import { apiGroupOf } from '../report/object-identity';

/**
 * The previous version of `manifest` among `previous` (the committed output), for transition rules (`oldSelf`).
 * The same object (group, kind, namespace, name) exists once per environment folder, each going to another
 * cluster, so it is looked up in the folder the manifest is written to; the version may differ (v1alpha1 → v1).
 */
export function findPrevious(manifest: Manifest, previous: readonly Manifest[] | undefined): Manifest | undefined {
  const key = (m: Manifest) => {
    const { apiVersion = '', kind, metadata = {} } = m.object;
    return [path.posix.dirname(m.origin.file ?? ''), apiGroupOf(apiVersion), kind, metadata.namespace ?? '', metadata.name].join('|');
  };
  const wanted = key(manifest);
  return previous?.find((m) => key(m) === wanted);
}
