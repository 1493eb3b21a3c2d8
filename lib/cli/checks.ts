import { crdManifestCheck } from '../crd/validation/validate-crd';
import { ManifestCheck } from '../report/manifest';

/**
 * Checks `opkit validate` runs besides schema validation: the API server's rules for the
 * CustomResourceDefinitions found among the inputs, so a broken CRD is reported as well as the custom
 * resources that do not fit it.
 */
export function cliChecks(): ManifestCheck[] {
  return [crdManifestCheck()];
}
