import { crdManifestCheck } from '../crd/validation/validate-crd';
import { policyCheck } from '../policy/policy-check';
import { ManifestCheck } from '../report/manifest';
import { validationCheck } from '../validate/validator';
import { ValidatorOptions } from '../validate/validator-core';
import { uniqueObjectsPerFolder } from './unique-objects-check';

/**
 * The checks a {@link GitOpsApp} runs unless told otherwise: every object against its schema and CEL rules (built-in
 * kinds, the app's CRDs, the library's own third-party kinds), each namespaced object with a namespace (no default
 * namespace applies to GitOps output), the CRDs against the API server's CRD rules, the pod security and RBAC
 * policy, and one definition per object in each folder. `options` adds to the validator's (e.g. `schemaFiles`).
 */
export function defaultChecks(options: ValidatorOptions = {}): ManifestCheck[] {
  return [validationCheck({ requireNamespace: true, ...options }), crdManifestCheck(), policyCheck, uniqueObjectsPerFolder];
}
