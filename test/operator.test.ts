import { Chart, Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { CustomResourceDefinition, Operator } from '../lib';

function synthOperator() {
  const chart = new Chart(Testing.app(), 'test');
  const crd = new CustomResourceDefinition(chart, 'Crd', {
    group: 'db.example.com',
    kind: 'Database',
    versions: [{ name: 'v1', schema: { type: 'object' }, statusSubresource: true }],
  });
  new Operator(chart, 'Operator', { name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [crd] });
  return Testing.synth(chart);
}

describe('Operator', () => {
  const objects = synthOperator();
  const byKind = (kind: string) => objects.filter((o) => o.kind === kind);

  test('the ClusterRole grants exactly the controller verbs on the CRD and its status, no wildcards', () => {
    const [role] = byKind('ClusterRole');
    const rules = role.rules.map((r: any) => ({ apiGroups: r.apiGroups, resources: r.resources, verbs: r.verbs }));
    expect(rules).toEqual([
      { apiGroups: ['db.example.com'], resources: ['databases'], verbs: ['get', 'list', 'watch', 'update', 'patch'] },
      { apiGroups: ['db.example.com'], resources: ['databases/status'], verbs: ['get', 'update', 'patch'] },
    ]);
    expect(JSON.stringify(role)).not.toContain('"*"');
    expect(role.metadata.namespace).toBeUndefined();
  });

  test('the ClusterRoleBinding binds the ServiceAccount with its namespace', () => {
    const [sa] = byKind('ServiceAccount');
    const [binding] = byKind('ClusterRoleBinding');
    expect(binding.metadata.namespace).toBeUndefined();
    expect(binding.roleRef).toMatchObject({ kind: 'ClusterRole', name: byKind('ClusterRole')[0].metadata.name });
    expect(binding.subjects).toEqual([
      { apiGroup: '', kind: 'ServiceAccount', name: sa.metadata.name, namespace: 'db-system' },
    ]);
  });

  test('the Deployment runs the image with the ServiceAccount and a mounted token', () => {
    const [deploy] = byKind('Deployment');
    expect(deploy.metadata.namespace).toBe('db-system');
    const pod = deploy.spec.template.spec;
    expect(pod.serviceAccountName).toBe(byKind('ServiceAccount')[0].metadata.name);
    expect(pod.automountServiceAccountToken).toBe(true);
    expect(pod.containers[0].image).toBe('example/db:v1.2.3');
  });
});
