import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { acceptFinding } from '../policy/accept';
import { OperatorIdentity } from './operator-identity';
import { newClusterRole, newClusterRoleBinding, newRole, newRoleBinding } from './rbac-util';
import { ManagedKind, ReconciledKind } from './managed-kinds';
import { EVENTS_RULE, managedKindProblem, managedRule, PolicyRule, reconcileRules } from './rbac-rules';
import { UserError } from '../report/user-error';

/** Props of {@link ControllerRbac}. */
export interface ControllerRbacProps {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
  /**
   * The namespaces the controller watches. When set, every grant on a namespaced kind is a Role with a
   * RoleBinding in each of them, and only cluster-scoped kinds are granted by a ClusterRole.
   * @default every namespace: one ClusterRole with a ClusterRoleBinding
   */
  readonly watchNamespaces?: readonly string[];
}

/**
 * The controller's permissions (kubebuilder's `manager-role`): derived from the kinds it reconciles and the child
 * kinds it manages, never a wildcard; cluster-wide, or per watched namespace. Grants are added with
 * {@link grantReconcile} and {@link grantManage}.
 */
export class ControllerRbac extends Construct {
  /** Cluster-wide: every grant. Per namespace: only cluster-scoped kinds, and absent when there are none. */
  public clusterRole?: kplus.k8s.KubeClusterRole;
  public binding?: kplus.k8s.KubeClusterRoleBinding;
  /** One per watched namespace (none when cluster-wide). */
  public readonly roles: kplus.k8s.KubeRole[] = [];
  public readonly roleBindings: kplus.k8s.KubeRoleBinding[] = [];
  private readonly identity: OperatorIdentity;
  private readonly namespaced: boolean;
  private readonly rules: PolicyRule[] = [EVENTS_RULE];
  private readonly clusterRules: PolicyRule[] = [];

  constructor(scope: Construct, id: string, props: ControllerRbacProps) {
    super(scope, id);
    this.identity = props.identity;
    this.namespaced = props.watchNamespaces !== undefined;
    if (!this.namespaced) {
      this.createClusterRole(this.rules);
      return;
    }
    for (const namespace of props.watchNamespaces!) {
      const metadata = { ...props.identity.namespaced('manager-role', 'rbac'), namespace };
      const role = newRole(this, `Role-${namespace}`, metadata, this.rules);
      this.roles.push(role);
      this.roleBindings.push(newRoleBinding(this, `RoleBinding-${namespace}`,
        { ...props.identity.namespaced('manager-rolebinding', 'rbac'), namespace }, role, [props.identity.subject]));
    }
  }

  /** Lets the controller watch and update a reconciled kind, its status and its finalizers. */
  public grantReconcile(kind: ReconciledKind): void {
    reconcileRules(kind).forEach((rule) => this.addRule(rule, kind.scope === 'Cluster'));
  }

  /** Lets the controller use exactly `kind.verbs` on a child kind; secrets need a reason. */
  public grantManage(kind: ManagedKind): void {
    const problem = managedKindProblem(kind);
    if (problem) throw new UserError(`${this.node.path}: ${problem}`);
    const clusterScoped = kind.scope === 'Cluster';
    this.addRule(managedRule(kind), clusterScoped);
    if (kind.reason && kind.apiGroup === '' && kind.resource.split('/')[0] === 'secrets') {
      const holders = this.namespaced && !clusterScoped ? this.roles : [this.clusterRole!];
      holders.forEach((role) => acceptFinding(role, 'rbac.secrets', kind.reason!));
    }
  }

  /**
   * Adds a rule unless the same rule is already there (a kind both reconciled and granted twice). Watching only
   * some namespaces, a cluster-scoped kind still needs a ClusterRole: a Role cannot grant objects outside its
   * namespace. That ClusterRole also records events, which the API server keeps in `default` for
   * cluster-scoped objects.
   */
  private addRule(rule: PolicyRule, clusterScoped: boolean): void {
    const target = this.namespaced && clusterScoped ? this.clusterRules : this.rules;
    if (target === this.clusterRules && !this.clusterRole) {
      this.clusterRules.push(EVENTS_RULE);
      this.createClusterRole(this.clusterRules);
    }
    if (!target.some((r) => JSON.stringify(r) === JSON.stringify(rule))) target.push(rule);
  }

  private createClusterRole(rules: readonly PolicyRule[]): void {
    this.clusterRole = newClusterRole(this, 'ClusterRole', this.identity.clusterScoped('manager-role', 'rbac'), rules);
    this.binding = newClusterRoleBinding(this, 'ClusterRoleBinding',
      this.identity.clusterScoped('manager-rolebinding', 'rbac'), this.clusterRole, [this.identity.subject]);
  }
}
