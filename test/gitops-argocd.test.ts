import { ApiObject, Chart, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { describe, expect, test } from 'vitest';
import { Application, ApplicationSet, AppProject } from '../lib/generated/argoproj.io';
import {
  ClusterFanout, CustomResourceDefinition, DEFAULT_SYNC_OPTIONS, DeliveryProject, EnvironmentApplication, IN_CLUSTER, syncPolicy,
} from '../lib';

const source = { repoURL: 'https://git.example.com/platform.git', targetRevision: 'release-1' };

describe('syncPolicy', () => {
  test('defaults: automated with prune and selfHeal, retry with exponential backoff, CreateNamespace', () => {
    expect(syncPolicy()).toEqual({
      automated: { prune: true, selfHeal: true },
      retry: { limit: 5, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } },
      syncOptions: ['CreateNamespace=true', 'PruneLast=true', 'PrunePropagationPolicy=foreground'],
    });
    expect(DEFAULT_SYNC_OPTIONS).toContain('CreateNamespace=true');
  });

  test('prune, selfHeal and automation itself are switchable', () => {
    expect(syncPolicy({ prune: false, selfHeal: false }).automated).toEqual({ prune: false, selfHeal: false });
    expect(syncPolicy({ automated: false }).automated).toBeUndefined();
    expect(syncPolicy({ retryLimit: 2, syncOptions: ['ServerSideApply=true'] })).toMatchObject({ retry: { limit: 2 }, syncOptions: ['ServerSideApply=true'] });
  });
});

test('EnvironmentApplication: a non-recursive directory source at the folder, to the cluster and namespace', () => {
  const chart = new Chart(Testing.app(), 'argocd');
  const application = new EnvironmentApplication(chart, 'Dev', {
    name: 'db-dev', project: 'db', source, path: 'dist/dev', cluster: IN_CLUSTER, namespace: 'db-system', sync: { prune: false },
  });
  expect(application.application).toBeInstanceOf(Application); // the class imported from Argo CD's CRDs
  const [app] = Testing.synth(chart);
  expect(app).toMatchObject({
    apiVersion: 'argoproj.io/v1alpha1', kind: 'Application',
    metadata: { name: 'db-dev', namespace: 'argocd', finalizers: ['resources-finalizer.argocd.argoproj.io'] },
    spec: {
      project: 'db',
      source: { repoURL: source.repoURL, targetRevision: 'release-1', path: 'dist/dev', directory: { recurse: false } },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'db-system' },
      syncPolicy: { automated: { prune: false, selfHeal: true } },
    },
  });
});

describe('ClusterFanout', () => {
  test('an ApplicationSet with a list generator: one Application per cluster, each at <path>/<cluster>', () => {
    const chart = new Chart(Testing.app(), 'argocd');
    const fanout = new ClusterFanout(chart, 'Prod', {
      name: 'db-prod', project: 'db', source, path: 'dist/prod', namespace: 'db-system',
      clusters: [{ name: 'eu', server: 'https://eu.example.com' }, { name: 'us', server: 'https://us.example.com' }],
    });
    expect(fanout.paths).toEqual(['dist/prod/eu', 'dist/prod/us']);
    expect(fanout.applicationSet).toBeInstanceOf(ApplicationSet);
    const [set] = Testing.synth(chart);
    expect(set.kind).toBe('ApplicationSet');
    expect(set.spec.generators).toEqual([{ list: { elements: [
      { cluster: 'eu', server: 'https://eu.example.com' }, { cluster: 'us', server: 'https://us.example.com' },
    ] } }]);
    expect(set.spec.goTemplate).toBe(true);
    expect(set.spec.template.metadata.name).toBe('db-prod-{{.cluster}}');
    expect(set.spec.template.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(set.spec.template.spec.syncPolicy).toEqual({
      automated: { prune: true, selfHeal: true },
      retry: { limit: 5, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } },
      syncOptions: ['CreateNamespace=true', 'PruneLast=true', 'PrunePropagationPolicy=foreground'],
    });
    expect(set.spec.template.spec.source).toEqual({ repoURL: source.repoURL, targetRevision: 'release-1', path: 'dist/prod/{{.cluster}}', directory: { recurse: false } });
    expect(set.spec.template.spec.destination).toEqual({ server: '{{.server}}', namespace: 'db-system' });
  });

  test('no clusters fails validation with the construct path', () => {
    const chart = new Chart(Testing.app(), 'argocd');
    new ClusterFanout(chart, 'Prod', { name: 'db-prod', project: 'db', source, path: 'dist/prod', namespace: 'x', clusters: [] });
    expect(() => Testing.synth(chart)).toThrow(/\[argocd\/Prod\] ClusterFanout 'db-prod' needs at least one cluster/);
  });
});

test('DeliveryProject permits exactly the kinds and namespaces the environments emit', () => {
  const app = Testing.app();
  const dev = new Construct(app, 'dev');
  const crds = new Chart(dev, 'crds');
  new CustomResourceDefinition(crds, 'Db', { group: 'db.example.com', kind: 'Database', versions: [{ name: 'v1', schema: { type: 'object' } }] });
  new CustomResourceDefinition(crds, 'Tenant', { group: 'db.example.com', kind: 'Tenant', scope: 'Cluster', versions: [{ name: 'v1', schema: { type: 'object' } }] });
  const objects = new Chart(dev, 'objects');
  new ApiObject(objects, 'Db', { apiVersion: 'db.example.com/v1', kind: 'Database', metadata: { name: 'a', namespace: 'apps' } });
  new ApiObject(objects, 'Tenant', { apiVersion: 'db.example.com/v1', kind: 'Tenant', metadata: { name: 't' } });
  new ApiObject(objects, 'Role', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r' } });
  new ApiObject(objects, 'Sa', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 's', namespace: 'db-system' } });
  const argocd = new Chart(app, 'argocd');
  // Created before other objects would be: the project reads them only when it renders.
  const delivery = new DeliveryProject(argocd, 'Project', { name: 'db', sourceRepos: [source.repoURL], clusters: [IN_CLUSTER], deploys: [dev], namespaces: ['extra'] });
  new ApiObject(objects, 'Late', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'db-system' } });

  expect(delivery.project).toBeInstanceOf(AppProject);
  const [project] = Testing.synth(argocd);
  expect(project.kind).toBe('AppProject');
  expect(project.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '-1' });
  expect(project.spec.sourceRepos).toEqual([source.repoURL]);
  expect(project.spec.clusterResourceWhitelist).toEqual([
    { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
    { group: 'db.example.com', kind: 'Tenant' },
    { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
  ]);
  expect(project.spec.namespaceResourceWhitelist).toEqual([
    { group: '', kind: 'ServiceAccount' }, { group: 'apps', kind: 'Deployment' }, { group: 'db.example.com', kind: 'Database' },
  ]);
  expect(project.spec.destinations).toEqual(['apps', 'db-system', 'extra'].map((namespace) => ({ server: IN_CLUSTER.server, namespace })));
});
