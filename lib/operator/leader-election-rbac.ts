import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { OperatorIdentity } from './identity';
import { addRules } from './rbac-util';
import { EVENTS_RULE, Verbs } from './rbac-rules';

/** Props of {@link LeaderElectionRbac}. */
export interface LeaderElectionRbacProps {
  readonly identity: OperatorIdentity;
  readonly serviceAccount: kplus.ServiceAccount;
}

/**
 * What `--leader-elect` needs, in the controller's namespace only (kubebuilder's `leader-election-role`):
 * the Lease lock, ConfigMaps (older client-go lock types and migrations) and events about the election.
 */
export class LeaderElectionRbac extends Construct {
  public readonly role: kplus.Role;
  public readonly binding: kplus.RoleBinding;

  constructor(scope: Construct, id: string, props: LeaderElectionRbacProps) {
    super(scope, id);
    this.role = new kplus.Role(this, 'Role', { metadata: props.identity.namespaced('leader-election-role', 'rbac') });
    addRules(this.role, [
      { apiGroups: [''], resources: ['configmaps'], verbs: Verbs.MANAGE },
      { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: Verbs.MANAGE },
      EVENTS_RULE,
    ]);
    this.binding = new kplus.RoleBinding(this, 'RoleBinding', {
      metadata: props.identity.namespaced('leader-election-rolebinding', 'rbac'),
      role: this.role,
    });
    this.binding.addSubjects(props.serviceAccount);
  }
}
