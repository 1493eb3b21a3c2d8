import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { OperatorIdentity } from './operator-identity';
import { newRole, newRoleBinding } from './rbac-util';
import { Verbs } from './managed-kinds';
import { EVENTS_RULE } from './rbac-rules';

/** Props of {@link LeaderElectionRbac}. */
export interface LeaderElectionRbacProps {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
}

/**
 * What `--leader-elect` needs, in the controller's namespace only (kubebuilder's `leader-election-role`):
 * the Lease lock, ConfigMaps (older client-go lock types and migrations) and events about the election.
 */
export class LeaderElectionRbac extends Construct {
  public readonly role: kplus.k8s.KubeRole;
  public readonly binding: kplus.k8s.KubeRoleBinding;

  constructor(scope: Construct, id: string, props: LeaderElectionRbacProps) {
    super(scope, id);
    this.role = newRole(this, 'Role', props.identity.namespaced('leader-election-role', 'rbac'), [
      { apiGroups: [''], resources: ['configmaps'], verbs: Verbs.MANAGE },
      { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: Verbs.MANAGE },
      EVENTS_RULE,
    ]);
    this.binding = newRoleBinding(this, 'RoleBinding', props.identity.namespaced('leader-election-rolebinding', 'rbac'),
      this.role, [props.identity.subject]);
  }
}
