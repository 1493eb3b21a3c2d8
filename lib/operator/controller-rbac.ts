import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { acceptFinding } from '../policy/accept';
import { OperatorIdentity } from './identity';
import { newClusterRole, newClusterRoleBinding } from './rbac-util';
import { ManagedKind, ReconciledKind } from './managed-kinds';
import { EVENTS_RULE, managedKindProblem, managedRule, PolicyRule, reconcileRules } from './rbac-rules';

/** Props of {@link ControllerRbac}. */
export interface ControllerRbacProps {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
}

/**
 * The controller's cluster-wide permissions (kubebuilder's `manager-role`): derived from the kinds it reconciles
 * and the child kinds it manages, never a wildcard. Grants are added with {@link grantReconcile} and
 * {@link grantManage}.
 */
export class ControllerRbac extends Construct {
  public readonly clusterRole: kplus.k8s.KubeClusterRole;
  public readonly binding: kplus.k8s.KubeClusterRoleBinding;
  private readonly rules: PolicyRule[] = [EVENTS_RULE];

  constructor(scope: Construct, id: string, props: ControllerRbacProps) {
    super(scope, id);
    this.clusterRole = newClusterRole(this, 'ClusterRole', props.identity.clusterScoped('manager-role', 'rbac'), this.rules);
    this.binding = newClusterRoleBinding(this, 'ClusterRoleBinding',
      props.identity.clusterScoped('manager-rolebinding', 'rbac'), this.clusterRole, [props.identity.subject]);
  }

  /** Lets the controller watch and update a reconciled kind, its status and its finalizers. */
  public grantReconcile(kind: ReconciledKind): void {
    reconcileRules(kind).forEach((rule) => this.addRule(rule));
  }

  /** Lets the controller use exactly `kind.verbs` on a child kind; secrets need a reason. */
  public grantManage(kind: ManagedKind): void {
    const problem = managedKindProblem(kind);
    if (problem) throw new Error(`${this.node.path}: ${problem}`);
    this.addRule(managedRule(kind));
    if (kind.reason && kind.apiGroup === '' && kind.resource.split('/')[0] === 'secrets') {
      acceptFinding(this.clusterRole, 'rbac.secrets', kind.reason);
    }
  }

  /** Adds a rule unless the same rule is already there (a kind both reconciled and granted twice). */
  private addRule(rule: PolicyRule): void {
    if (!this.rules.some((r) => JSON.stringify(r) === JSON.stringify(rule))) this.rules.push(rule);
  }
}
