/**
 * Rule ids that were renamed to the one scheme, `<family>.<kebab-case>` (docs/rule-ids.md). Users accept findings
 * by id, so an old id keeps accepting the finding under its new id, with a warning to write the new one.
 */
export const RENAMED_RULE_IDS: Readonly<Record<string, string>> = {
  'pss.appArmor': 'pss.app-armor',
  'pss.hostNamespaces': 'pss.host-namespaces',
  'pss.hostPathVolumes': 'pss.host-path-volumes',
  'pss.hostPorts': 'pss.host-ports',
  'pss.hostProcess': 'pss.host-process',
  'pss.privilegeEscalation': 'pss.privilege-escalation',
  'pss.procMount': 'pss.proc-mount',
  'pss.runAsNonRoot': 'pss.run-as-non-root',
  'pss.runAsUser': 'pss.run-as-user',
  'pss.seLinux': 'pss.selinux',
  'pss.volumeTypes': 'pss.volume-types',
  'lint.antiAffinity': 'lint.anti-affinity',
  'lint.cpuRequest': 'lint.cpu-request',
  'lint.memoryLimit': 'lint.memory-limit',
  'lint.pdbUnhealthyPodEvictionPolicy': 'lint.pdb-unhealthy-pod-eviction-policy',
  'lint.pinnedImage': 'lint.pinned-image',
  'lint.probePort': 'lint.probe-port',
  'lint.readOnlyRootFilesystem': 'lint.read-only-root-filesystem',
  'lint.serviceAccount': 'lint.service-account',
  'rbac.admissionWebhooks': 'rbac.admission-webhooks',
  'rbac.clusterAdmin': 'rbac.cluster-admin',
  'rbac.clusterWideWorkloads': 'rbac.cluster-wide-workloads',
  'rbac.nodesProxy': 'rbac.nodes-proxy',
  'rbac.podExec': 'rbac.pod-exec',
  'rbac.rbacWrite': 'rbac.rbac-write',
  'rbac.serviceAccountToken': 'rbac.service-account-token',
  'cel.kubeVersion': 'cel.kube-version',
  'crd.printerColumns': 'crd.printer-columns',
  'crd.selectableFields': 'crd.selectable-fields',
  'schema.maxItems': 'schema.max-items',
  'schema.maxLength': 'schema.max-length',
  'schema.maxProperties': 'schema.max-properties',
  'schema.minItems': 'schema.min-items',
  'schema.minLength': 'schema.min-length',
  'schema.minProperties': 'schema.min-properties',
  'schema.multipleOf': 'schema.multiple-of',
};

/** The current id of `rule`: its new name when it was renamed, else itself. */
export function currentRuleId(rule: string): string {
  return Object.hasOwn(RENAMED_RULE_IDS, rule) ? RENAMED_RULE_IDS[rule] : rule;
}
