import { ManifestCheck } from '../report/manifest';

/**
 * Checks `opkit validate` runs besides schema validation. Integration point: lib/crd's checks of the
 * CustomResourceDefinitions found among the inputs belong here (e.g. `[crdCheck()]`), so `opkit validate`
 * reports a broken CRD as well as the custom resources that do not fit it.
 */
export function cliChecks(): ManifestCheck[] {
  return [];
}
