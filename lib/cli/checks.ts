import type { Finding } from '../report/finding';
import type { Manifest, ManifestCheck } from '../report/manifest';
import type { RuleEngine } from '../schema/rule-engine';

// `require` instead of `import` below: the bundle loads lib/crd and lib/cel (with the CEL engine, about a quarter
// of the start-up time) only when the inputs need them, so `opkit validate` on built-in kinds starts fast.

/** lib/cel's engine, loaded the first time a custom resource with `x-kubernetes-validations` is validated. */
export function loadCelEngine(): RuleEngine<any> {
  return (require('../cel/cel-rule-engine') as typeof import('../cel/cel-rule-engine')).celRuleEngine;
}

const isCrd = (m: Manifest) => m.object?.kind === 'CustomResourceDefinition' && String(m.object?.apiVersion).startsWith('apiextensions.k8s.io/');

/**
 * Checks `opkit validate` runs besides schema validation: the API server's rules for the
 * CustomResourceDefinitions among the manifests, so a broken CRD is reported as well as the custom resources
 * that do not fit it. Their CEL rules are compiled for `kubeVersion`. With `policy` (`--policy`), also the
 * synth's policy (lib/policy: restricted Pod Security, kube-linter's defaults, RBAC).
 */
export function cliChecks(kubeVersion: string, options: { readonly policy?: boolean } = {}): ManifestCheck[] {
  const crdCheck: ManifestCheck = (manifests, context) => {
    if (!manifests.some(isCrd)) return [];
    const { crdManifestCheck } = require('../crd/validation/validate-crd') as typeof import('../crd/validation/validate-crd');
    return crdManifestCheck({ kubeVersion })(manifests, context);
  };
  const policy: ManifestCheck = (manifests, context) =>
    (require('../policy/policy-check') as typeof import('../policy/policy-check')).policyCheck(manifests, context);
  return options.policy ? [crdCheck, policy] : [crdCheck];
}

/**
 * With `--previous`: every CRD given (inputs and `--crd` together) against its previous revision, the
 * `crd-upgrade.*` rules the synth runs.
 */
export function crdRevisionFindings(manifests: readonly Manifest[], previous: readonly Manifest[] | undefined): Finding[] {
  if (!previous?.some(isCrd)) return [];
  const { crdUpgradeCheck } = require('../crd/upgrade/check-crd-upgrade') as typeof import('../crd/upgrade/check-crd-upgrade');
  return crdUpgradeCheck()(manifests, { previous });
}
