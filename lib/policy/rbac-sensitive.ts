/**
 * Grants that let the holder escalate beyond its own rights, from Kubernetes' "Role Based Access Control Good
 * Practices" (section "Kubernetes RBAC - privilege escalation risks") and kube-linter's RBAC checks
 * (escalate-verb-in-role, bind-verb-in-role, impersonate-without-resource-names). A `*` verb, group or resource
 * grants them too. Each is a finding on the Role or ClusterRole; accept one with a reason where it is needed.
 */
import { Manifest } from '../report/manifest';
import { coversResource, grantedVerbs, GroupResource, hasResourceNames, rulesOf } from './rbac-match';
import { Violation } from './violation';

/** Every verb that changes an object. */
export const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection'] as const;

interface SensitiveGrant {
  readonly rule: string;
  readonly targets: readonly GroupResource[];
  readonly verbs: readonly string[];
  /** What the holder can do with it. */
  readonly risk: string;
  /** kube-linter's impersonate check: a rule limited to named identities is not reported. */
  readonly allowedWithResourceNames?: boolean;
}

const rbacGroup = (...resources: string[]) => resources.map((resource) => ({ group: 'rbac.authorization.k8s.io', resource }));
const core = (...resources: string[]) => resources.map((resource) => ({ group: '', resource }));

const SENSITIVE_GRANTS: readonly SensitiveGrant[] = [
  { rule: 'rbac.escalate', targets: rbacGroup('roles', 'clusterroles'), verbs: ['escalate'],
    risk: 'lets the holder write roles with permissions it does not have' },
  { rule: 'rbac.bind', targets: rbacGroup('roles', 'clusterroles'), verbs: ['bind'],
    risk: 'lets the holder bind roles with permissions it does not have (cluster-admin included)' },
  { rule: 'rbac.impersonate', targets: [...core('users', 'groups', 'serviceaccounts'), { group: 'authentication.k8s.io', resource: 'uids' }],
    verbs: ['impersonate'], allowedWithResourceNames: true,
    risk: 'lets the holder act as any identity (system:masters included): limit it with resourceNames' },
  { rule: 'rbac.pod-exec', targets: core('pods/exec', 'pods/attach', 'pods/portforward'), verbs: ['create', 'get'],
    risk: 'runs commands in, attaches to or tunnels into running pods, with their service accounts and secrets' },
  { rule: 'rbac.pod-exec', targets: core('pods/ephemeralcontainers'), verbs: ['update', 'patch'],
    risk: 'adds containers to running pods, with their service accounts and secrets' },
  { rule: 'rbac.nodes-proxy', targets: core('nodes/proxy'), verbs: ['get', 'create', 'update', 'patch', 'delete'],
    risk: 'reaches the kubelet API of every node (commands in any pod, bypassing audit and admission)' },
  { rule: 'rbac.service-account-token', targets: core('serviceaccounts/token'), verbs: ['create'],
    risk: 'issues tokens for other service accounts and so gains their permissions' },
  { rule: 'rbac.admission-webhooks',
    targets: ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'].map((resource) => ({ group: 'admissionregistration.k8s.io', resource })),
    verbs: WRITE_VERBS, risk: 'sees or rewrites every object admitted to the cluster, or turns admission checks off' },
  { rule: 'rbac.crds', targets: [{ group: 'apiextensions.k8s.io', resource: 'customresourcedefinitions' }], verbs: WRITE_VERBS,
    risk: 'changes or deletes the schemas of every custom resource (deleting a CRD deletes all its objects)' },
  { rule: 'rbac.rbac-write', targets: rbacGroup('roles', 'clusterroles', 'rolebindings', 'clusterrolebindings'), verbs: WRITE_VERBS,
    risk: 'changes who may do what' },
];

/** The sensitive grants of a Role or ClusterRole, one finding per rule and kind of risk. */
export function sensitiveGrants(manifest: Manifest): Violation[] {
  return rulesOf(manifest).flatMap((rule, i) => SENSITIVE_GRANTS.flatMap((grant) => {
    if (grant.allowedWithResourceNames && hasResourceNames(rule)) return [];
    const verbs = grantedVerbs(rule, grant.verbs);
    const resources = grant.targets.filter((t) => coversResource(rule, t)).map((t) => t.group ? `${t.group}/${t.resource}` : t.resource);
    if (verbs.length === 0 || resources.length === 0) return [];
    return [{
      rule: grant.rule,
      field: `rules[${i}]`,
      message: `Forbidden: ${verbs.map((v) => `"${v}"`).join(', ')} on ${resources.map((r) => `"${r}"`).join(', ')} ${grant.risk}: ` +
        `remove it, or add the annotation opkit.dev/accept: "${grant.rule}: <why>"`,
    }];
  }));
}
