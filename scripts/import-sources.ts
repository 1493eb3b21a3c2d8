// What `npm run import` generates: the reference app's own API (api/, configured in package.json's "opkit"
// section) into imports/, and the third-party CRDs whose objects the library itself emits (Argo CD, cert-manager,
// prometheus-operator) into lib/generated/, shipped in the package. Only kinds the library actually uses are
// imported: every generated class costs type-check time.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The folder with the third-party CRDs (beside the repository, never copied into it). */
export const SHARED_CRDS = process.env.OPKIT_SHARED_CRDS ?? path.join(__dirname, '..', '..', 'shared', 'crds');

/** Where the app's own generated API lives. */
export const APP_IMPORTS = path.join(__dirname, '..', 'imports');
/** Where the library's generated classes of third-party kinds live (their schemas are known to the validator). */
export const LIBRARY_IMPORTS = path.join(__dirname, '..', 'lib', 'generated');

/** The files of ../shared/crds the library's groups are generated from, by group. */
export const LIBRARY_CRDS: Readonly<Record<string, readonly string[]>> = {
  'monitoring.coreos.com': ['monitoring.coreos.com_servicemonitors.yaml'],
  'cert-manager.io': ['cert-manager.io_issuers.yaml', 'cert-manager.io_certificates.yaml'],
  'argoproj.io': ['argoproj.io_appproject.yaml', 'argoproj.io_application.yaml', 'argoproj.io_applicationset.yaml'],
};

/** Every file of {@link LIBRARY_CRDS}, as absolute paths, in order. */
export const libraryCrdFiles = (): string[] => Object.values(LIBRARY_CRDS).flat().map((f) => path.join(SHARED_CRDS, f));

/** Whether the third-party CRDs are present on this machine. */
export function sharedCrdsPresent(): boolean {
  return fs.existsSync(SHARED_CRDS);
}
