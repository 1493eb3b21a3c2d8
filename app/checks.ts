import * as path from 'node:path';
import { defaultChecks, importedSchemaFiles, ManifestCheck } from 'opkit';

/**
 * The checks every synth runs before it replaces dist/: each object against its schema (built-in kinds of the
 * Kubernetes release of the folder's cluster, see `kubeVersionsByFolder`; our CRDs; the imported third-party
 * CRDs) and CEL rules, the CRDs against the API server's CRD rules of that release, the pod security and RBAC
 * policy, and one definition per object in each folder.
 */
export const CHECKS: ManifestCheck[] = defaultChecks({ schemaFiles: importedSchemaFiles(path.join(__dirname, '..', 'imports')) });
