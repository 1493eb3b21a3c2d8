/** The Kubernetes releases whose built-in kinds opkit ships (schemas/kubernetes/releases/<release>.json). */
export const KUBE_RELEASES = ['1.27', '1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35'] as const;

/** The newest shipped release: what `opkit validate` and the validator check for when no version is given. */
export const NEWEST_KUBE_RELEASE = KUBE_RELEASES[KUBE_RELEASES.length - 1];

/** `1.30`, `v1.30.2` → `1.30`; undefined when the version is not of that form. */
export function releaseOf(version: string): string | undefined {
  const m = /^v?1\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? `1.${Number(m[1])}` : undefined;
}

/**
 * The shipped release for a version, or an Error saying which exist (a user error: the CLI prints it as a
 * usage error, the library throws it).
 */
export function shippedRelease(version: string): string {
  const release = releaseOf(version);
  if (!release) return fail(`kubeVersion '${version}' is not a Kubernetes version such as 1.30`);
  if (!(KUBE_RELEASES as readonly string[]).includes(release)) {
    return fail(`no built-in schemas for Kubernetes ${release}: opkit ships ${KUBE_RELEASES[0]}–${NEWEST_KUBE_RELEASE}; choose one of them`);
  }
  return release;
}

function fail(message: string): never {
  throw new RangeError(message);
}
