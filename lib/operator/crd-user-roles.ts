import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { OperatorIdentity } from './operator-identity';
import { newClusterRole } from './rbac-util';
import { ReconciledKind } from './managed-kinds';
import { userRoleRules } from './rbac-rules';

/** Props of {@link CrdUserRoles}. */
export interface CrdUserRolesProps {
  /** The operator's name, namespace and labels. */
  readonly identity: OperatorIdentity;
  /** The kind the roles grant access to. */
  readonly kind: ReconciledKind;
}

const AGGREGATE_TO = { admin: 'admin', editor: 'edit', viewer: 'view' } as const;

/**
 * The admin, editor and viewer ClusterRoles of one CRD (kubebuilder's `<kind>_admin/editor/viewer_role`),
 * labelled to aggregate into the built-in `admin`, `edit` and `view` roles, so namespace users get access to
 * the new kind the way they have it to Deployments.
 */
export class CrdUserRoles extends Construct {
  public readonly admin: kplus.k8s.KubeClusterRole;
  public readonly editor: kplus.k8s.KubeClusterRole;
  public readonly viewer: kplus.k8s.KubeClusterRole;

  constructor(scope: Construct, id: string, props: CrdUserRolesProps) {
    super(scope, id);
    const make = (role: keyof typeof AGGREGATE_TO) => {
      const meta = props.identity.clusterScoped(`${props.kind.plural}-${role}-role`, 'rbac');
      const labels = { ...meta.labels, [`rbac.authorization.k8s.io/aggregate-to-${AGGREGATE_TO[role]}`]: 'true' };
      return newClusterRole(this, role, { ...meta, labels }, userRoleRules(props.kind, role));
    };
    this.admin = make('admin');
    this.editor = make('editor');
    this.viewer = make('viewer');
  }
}
