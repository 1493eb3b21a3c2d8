import { Chart, Testing } from 'cdk8s';
import { CustomResourceDefinition, Operator, OperatorProps } from '../lib';

/** The labels every object of the test operator carries, for `component`. */
export function labels(component: string, extra: Record<string, string> = {}) {
  return {
    'app.kubernetes.io/name': 'db-operator',
    'app.kubernetes.io/instance': 'db-operator',
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/part-of': 'db-operator',
    'app.kubernetes.io/managed-by': 'opkit',
    'app.kubernetes.io/version': 'v1.2.3',
    ...extra,
  };
}

/** The admin/editor/viewer ClusterRole of a `db.example.com` CRD, as CrdUserRoles writes it. */
export function userRole(plural: string, role: 'admin' | 'editor' | 'viewer', verbs: string[]) {
  const aggregate = { admin: 'admin', editor: 'edit', viewer: 'view' }[role];
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole',
    metadata: {
      name: `db-operator-${plural}-${role}-role`,
      labels: labels('rbac', { [`rbac.authorization.k8s.io/aggregate-to-${aggregate}`]: 'true' }),
    },
    rules: [
      { apiGroups: ['db.example.com'], resources: [plural], verbs },
      { apiGroups: ['db.example.com'], resources: [`${plural}/status`], verbs: ['get'] },
    ],
  };
}

/** The verbs of the admin, editor and viewer roles. */
export const USER_ROLE_VERBS = {
  admin: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  editor: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  viewer: ['get', 'list', 'watch'],
};

export const SELECTOR = { 'app.kubernetes.io/name': 'db-operator', 'app.kubernetes.io/instance': 'db-operator' };

/** A chart with a one-version `Database` CRD and a two-version `Backup` CRD. */
export function chartWithCrds(id = 'test') {
  const chart = new Chart(Testing.app(), id);
  const database = new CustomResourceDefinition(chart, 'Database', {
    group: 'db.example.com', kind: 'Database',
    versions: [{ name: 'v1', schema: { type: 'object' }, statusSubresource: true }],
  });
  const backup = new CustomResourceDefinition(chart, 'Backup', {
    group: 'db.example.com', kind: 'Backup',
    versions: [
      { name: 'v1alpha1', schema: { type: 'object' }, storage: false },
      { name: 'v1', schema: { type: 'object' }, storage: true, statusSubresource: true },
    ],
  });
  return { chart, database, backup };
}

/** Synthesizes an Operator named `db-operator` in `db-system` with `props` over the defaults. */
export function synthOperator(props: Partial<OperatorProps> = {}, id = 'Operator') {
  const { chart, database } = chartWithCrds();
  const operator = new Operator(chart, id, {
    name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [database], ...props,
  });
  const objects = Testing.synth(chart);
  return { chart, operator, objects, find: (kind: string, name: string) => findOne(objects, kind, name) };
}

/** The one object of `kind` (named `name`, when given) among `objects`; throws when there are none or several. */
export function findOne(objects: readonly any[], kind: string, name?: string): any {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata?.name === name));
  if (found.length !== 1) throw new Error(`expected one ${kind} ${name ?? ''}, found ${found.length}`);
  return found[0];
}

/** The default NetworkPolicy peer allowed to scrape metrics: Prometheus pods in `monitoring`. */
export const PROMETHEUS = {
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } },
  podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } },
};
/** The default NetworkPolicy egress: DNS to kube-dns in kube-system, the API server on 443 and 6443. */
export const EGRESS = [
  {
    to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
    ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }],
  },
  { ports: [{ port: 443, protocol: 'TCP' }, { port: 6443, protocol: 'TCP' }] },
];
