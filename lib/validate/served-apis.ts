/**
 * Whether the API server of a release serves an object's apiVersion and kind, as pluto and kubent check it:
 * a removed apiVersion is an error naming the release that removed it and the replacement, a served one that a
 * later shipped release removes is a warning, and an unknown kind in a built-in group-version is an error (the
 * API server answers 404 for it; kubectl-validate: `kind configmap not found in v1 groupversion`).
 */
import { Finding } from '../report/finding';
import { apiGroupOf } from '../report/object-identity';
import { builtinGroupVersions, builtinKinds, builtinLifecycle } from './builtin-schemas';
import { KUBE_RELEASES } from './kube-releases';
import { isRemovedGroupVersion, removedBeforeShipped } from './removed-apis';

const minor = (r: string) => Number(r.split('.')[1]);
const next = (r: string) => `1.${minor(r) + 1}`;

/** Findings for an object whose apiVersion/kind `release` serves (a deprecation warning) or does not. */
export function servedApiFindings(release: string, apiVersion: string, kind: string): Finding[] {
  const served = builtinKinds(release, apiVersion);
  if (served?.includes(kind)) {
    const life = builtinLifecycle(apiVersion, kind);
    if (life && minor(life.last) < minor(KUBE_RELEASES[KUBE_RELEASES.length - 1])) {
      const use = replacementIn(KUBE_RELEASES[KUBE_RELEASES.length - 1], apiVersion, kind);
      return [{ severity: 'warning', rule: 'api.deprecated',
        message: `${apiVersion} ${kind}: deprecated, removed in Kubernetes ${next(life.last)}${use ? `; use ${use}` : ''}` }];
    }
    return [];
  }
  const old = removedBeforeShipped(apiVersion, kind);
  if (old) return [removedError(apiVersion, kind, old.removedIn, old.replacement)];
  const life = builtinLifecycle(apiVersion, kind);
  if (life && minor(life.last) < minor(release)) {
    return [removedError(apiVersion, kind, next(life.last), replacementIn(release, apiVersion, kind) ?? 'no replacement in this release')];
  }
  if (life && minor(life.first) > minor(release)) {
    return [{ severity: 'error', rule: 'api.not-served',
      message: `${apiVersion} ${kind}: not served by Kubernetes ${release}, only from ${life.first} on${alternative(release, apiVersion, kind)}` }];
  }
  if (served) {
    const like = served.find((k) => k.toLowerCase() === kind.toLowerCase());
    return [{ severity: 'error', rule: 'api.unknown-kind',
      message: `no kind "${kind}" in ${apiVersion}${like ? `; did you mean ${like}?` : ` (Kubernetes ${release} serves ${served.join(', ')})`}` }];
  }
  if (isRemovedGroupVersion(apiVersion)) {
    return [{ severity: 'error', rule: 'api.not-served', message: `${apiVersion}: group-version not served by Kubernetes ${release}` }];
  }
  return [];
}

function removedError(apiVersion: string, kind: string, since: string, replacement: string): Finding {
  return { severity: 'error', rule: 'api.removed', field: 'apiVersion',
    message: `${apiVersion} ${kind}: not served since ${since}; use ${replacement}` };
}

function alternative(release: string, apiVersion: string, kind: string): string {
  const use = replacementIn(release, apiVersion, kind);
  return use ? `; Kubernetes ${release} serves it as ${use}` : '';
}

/** The apiVersion `release` serves `kind` in: the same group first, then any; stable before beta before alpha. */
function replacementIn(release: string, apiVersion: string, kind: string): string | undefined {
  const candidates = groupVersionsServing(release, kind).filter((gv) => gv !== apiVersion);
  const rank = (gv: string) => (apiGroupOf(gv) === apiGroupOf(apiVersion) ? 0 : 10) + (/alpha/.test(gv) ? 2 : /beta/.test(gv) ? 1 : 0);
  return candidates.sort((a, b) => rank(a) - rank(b))[0];
}

function groupVersionsServing(release: string, kind: string): string[] {
  return builtinGroupVersions(release).filter((gv) => builtinKinds(release, gv)?.includes(kind));
}
