// What `npm run import` generates: the reference app's own API (api/) into imports/, and the third-party CRDs whose
// objects the library itself emits (Argo CD, cert-manager, prometheus-operator) into lib/generated/, shipped in the
// package. Only kinds the library actually uses are imported: every generated class costs type-check time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderApiCrds } from './render-crds';

/** The folder with the third-party CRDs (beside the repository, never copied into it). */
export const SHARED_CRDS = process.env.OPKIT_SHARED_CRDS ?? path.join(__dirname, '..', '..', 'shared', 'crds');

/** One generated module: all CRDs of one API group, imported in a single `cdk8s import` call. */
export interface ImportSource {
  /** The API group; cdk8s import names the module `imports/<group>.ts`. */
  readonly group: string;
  /** The CRD YAML (one stream with every CRD of the group). */
  readonly load: () => string;
  /** Whether the source lives in ../shared (absent on some machines). */
  readonly shared: boolean;
}

/** Where the app's own generated API lives. */
export const APP_IMPORTS = path.join(__dirname, '..', 'imports');
/** Where the library's generated classes of third-party kinds live (their schemas are known to the validator). */
export const LIBRARY_IMPORTS = path.join(__dirname, '..', 'lib', 'generated');

function fromShared(group: string, files: string[]): ImportSource {
  return {
    group,
    shared: true,
    load: () => files.map((f) => fs.readFileSync(path.join(SHARED_CRDS, f), 'utf8')).join('\n---\n'),
  };
}

export const IMPORT_SOURCES: readonly ImportSource[] = [
  { group: 'cache.opkit.dev', shared: false, load: renderApiCrds },
  fromShared('monitoring.coreos.com', ['monitoring.coreos.com_servicemonitors.yaml']),
  fromShared('cert-manager.io', ['cert-manager.io_issuers.yaml', 'cert-manager.io_certificates.yaml']),
  fromShared('argoproj.io', ['argoproj.io_appproject.yaml', 'argoproj.io_application.yaml', 'argoproj.io_applicationset.yaml']),
];

/** Whether the third-party CRDs are present on this machine. */
export function sharedCrdsPresent(): boolean {
  return fs.existsSync(SHARED_CRDS);
}
