import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { acceptFinding } from '../policy/accept';
import { OperatorIdentity } from './identity';
import { addRules } from './rbac-util';
import { EVENTS_RULE, ManagedKind, managedKindProblem, managedRule, reconcileRules, ReconciledKind } from './rbac-rules';

/** Props of {@link ControllerRbac}. */
export interface ControllerRbacProps {
  readonly identity: OperatorIdentity;
  /** The controller's ServiceAccount, bound to the role. */
  readonly serviceAccount: kplus.ServiceAccount;
}

/**
 * The controller's cluster-wide permissions (kubebuilder's `manager-role`): derived from the kinds it reconciles
 * and the child kinds it manages, never a wildcard. Grants are added with {@link grantReconcile} and
 * {@link grantManage}.
 */
export class ControllerRbac extends Construct {
  public readonly clusterRole: kplus.ClusterRole;
  public readonly binding: kplus.ClusterRoleBinding;

  constructor(scope: Construct, id: string, props: ControllerRbacProps) {
    super(scope, id);
    this.clusterRole = new kplus.ClusterRole(this, 'ClusterRole', {
      metadata: props.identity.clusterScoped('manager-role', 'rbac'),
    });
    addRules(this.clusterRole, [EVENTS_RULE]);
    this.binding = new kplus.ClusterRoleBinding(this, 'ClusterRoleBinding', {
      metadata: props.identity.clusterScoped('manager-rolebinding', 'rbac'),
      role: this.clusterRole,
    });
    this.binding.addSubjects(props.serviceAccount);
  }

  /** Lets the controller watch and update a reconciled kind, its status and its finalizers. */
  public grantReconcile(kind: ReconciledKind): void {
    addRules(this.clusterRole, reconcileRules(kind));
  }

  /** Lets the controller use exactly `kind.verbs` on a child kind; secrets need a reason. */
  public grantManage(kind: ManagedKind): void {
    const problem = managedKindProblem(kind);
    if (problem) throw new Error(`${this.node.path}: ${problem}`);
    addRules(this.clusterRole, [managedRule(kind)]);
    if (kind.reason && kind.apiGroup === '' && kind.resource.split('/')[0] === 'secrets') {
      acceptFinding(this.clusterRole, 'rbac.secrets', kind.reason);
    }
  }
}
