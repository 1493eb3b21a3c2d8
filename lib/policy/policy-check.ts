import { Finding } from '../report/finding';
import { CheckContext, Manifest, ManifestCheck } from '../report/manifest';
import { ACCEPT_ANNOTATION, parseAcceptances } from './accept';
import * as availability from './availability-lint';
import * as baseline from './pod-security-baseline';
import * as restricted from './pod-security-restricted';
import { podTemplateOf, PodTemplate } from './pod-templates';
import * as rbac from './rbac';
import { clusterWideWorkloads } from './rbac-cluster-wide';
import { sensitiveGrants } from './rbac-sensitive';
import { keyPath, ManifestRule, toFinding, Violation } from './violation';
import * as lint from './workload-lint';

type PodControl = (pod: PodTemplate) => Violation[];

/** Every control of the restricted Pod Security Standard (baseline included), in the upstream list's order. */
const POD_SECURITY_CONTROLS: readonly PodControl[] = [
  baseline.hostProcess, baseline.hostNamespaces, baseline.privileged, restricted.capabilities, baseline.hostPathVolumes,
  baseline.hostPorts, baseline.appArmor, baseline.seLinux, baseline.procMount, restricted.seccomp, baseline.sysctls,
  restricted.volumeTypes, restricted.privilegeEscalation, restricted.runAsNonRoot, restricted.runAsUser,
];

const podSecurity: ManifestRule = (manifest) => {
  const pod = podTemplateOf(manifest);
  return pod ? POD_SECURITY_CONTROLS.flatMap((control) => control(pod)) : [];
};

/** Every policy rule, over one manifest (and all of them, for cross-object rules). */
const POLICY_RULES: readonly ManifestRule[] = [
  podSecurity,
  lint.readOnlyRootFilesystem, lint.resources, lint.pinnedImage, lint.probePorts, lint.serviceAccountExists,
  lint.selectorMatchesTemplate, availability.antiAffinity, availability.pdbUnhealthyPodEvictionPolicy,
  rbac.noWildcards, rbac.noClusterAdmin, rbac.noSecretsAccess, sensitiveGrants, clusterWideWorkloads,
];

/**
 * The policy over a set of manifests: restricted Pod Security, kube-linter's defaults, RBAC hygiene
 * and privilege-escalation grants.
 * A finding the object accepts (annotation `opkit.dev/accept: "<rule>: <reason>"`) is dropped; a malformed
 * acceptance is itself a finding (`policy.accept`).
 */
export function checkPolicy(manifests: readonly Manifest[]): Finding[] {
  return manifests.flatMap((manifest) => {
    const annotation = manifest.object.metadata?.annotations?.[ACCEPT_ANNOTATION];
    const { accepted, malformed, deprecated } = parseAcceptances(annotation);
    const violations = POLICY_RULES.flatMap((rule) => rule(manifest, manifests)).filter((v) => !accepted.has(v.rule));
    const bad: Violation[] = malformed.map((problem) => ({
      rule: 'policy.accept',
      field: keyPath('metadata.annotations', ACCEPT_ANNOTATION),
      message: `Invalid value: ${problem}`,
    }));
    const renamed = deprecated.map(({ rule, current }): Finding => ({
      ...toFinding(manifest, { rule: 'policy.accept', field: keyPath('metadata.annotations', ACCEPT_ANNOTATION),
        message: `rule id "${rule}" was renamed to "${current}": it still accepts the finding; write "${current}"` }),
      severity: 'warning',
    }));
    return [...bad, ...violations].map((v) => toFinding(manifest, v)).concat(renamed);
  });
}

/** {@link checkPolicy} as the synth pipeline's check. */
export const policyCheck: ManifestCheck = (manifests: readonly Manifest[], _context: CheckContext) => checkPolicy(manifests);
