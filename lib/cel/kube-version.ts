import { UserError } from '../report/user-error';

const VERSION = /^v?1\.(\d+)/;

/** Whether `version` reads as a Kubernetes version ("1.30", "v1.30.2"). */
export const isKubeVersion = (version: string) => VERSION.test(version);

/** Kubernetes minor versions compared as numbers: "1.27" → 27. Only 1.x exists. */
export function kubeMinor(version: string | undefined): number {
  const m = VERSION.exec(version ?? DEFAULT_KUBE_VERSION);
  if (!m) throw new UserError(`kubeVersion "${version}" is not of the form "1.<minor>", e.g. "1.30"`);
  return Number(m[1]);
}

/** The API server version whose CEL environment is assumed when none is given. */
export const DEFAULT_KUBE_VERSION = '1.27';
