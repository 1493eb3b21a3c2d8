import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, Chart, JsonPatch, Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { createApp } from '../main';
import { acceptFinding, checkPolicy, formatFinding, GitOpsApp, listFiles, ManagedKinds, Manifest, Operator, policyCheck } from '../lib/internal';
import { chartWithCrds, synthOperator } from './operator-fixtures';
import { tempDir } from './helpers';

const asManifests = (objects: any[]): Manifest[] => objects.map((object) => ({ object, origin: {} }));

describe("the Operator's own output passes the policy", () => {
  test('with defaults', () => {
    expect(checkPolicy(asManifests(synthOperator().objects)).map(formatFinding)).toEqual([]);
  });

  test('with everything on, watching its namespaces, secrets declared with a reason', () => {
    const { chart, database, backup } = chartWithCrds();
    new Operator(chart, 'Operator', {
      name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [database, backup], replicas: 3,
      serviceMonitor: true, webhooks: { validating: [{ crd: database }], mutating: [{ crd: backup }] }, conversionWebhook: true,
      manages: [ManagedKinds.statefulSets(), ManagedKinds.secrets('reads the database password')],
      watchNamespaces: ['team-a', 'team-b'],
    });
    expect(policyCheck(asManifests(Testing.synth(chart)), {}).map(formatFinding)).toEqual([]);
  });

  test('cluster-wide, managing StatefulSets is a finding on the binding until it is accepted with a reason', () => {
    const build = (accept: boolean) => {
      const { chart, database } = chartWithCrds();
      const operator = new Operator(chart, 'Operator', {
        name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [database], manages: [ManagedKinds.statefulSets()],
      });
      if (accept) acceptFinding(operator.rbac.binding!, 'rbac.cluster-wide-workloads', 'databases live in namespaces created at run time');
      return policyCheck(asManifests(Testing.synth(chart)), {}).map((f) => `${f.rule} ${f.object?.kind} ${f.field}`);
    };
    expect(build(false)).toEqual(['rbac.cluster-wide-workloads ClusterRoleBinding roleRef.name']);
    expect(build(true)).toEqual([]);
  });

  test('the reference app (main.ts)', () => {
    const out = tempDir();
    try {
      createApp({ outdir: out, log: () => {} }).synth();
      // dist/ has one folder per environment (and cluster), and dist/argocd/.
      const objects = listFiles(out).filter((f) => f.endsWith('.yaml'))
        .flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(out, f), 'utf8')).map((d) => d.toJS()));
      expect(objects.some((o) => o.kind === 'Deployment')).toBe(true);
      expect(checkPolicy(asManifests(objects)).map(formatFinding)).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test('the policy would catch a regression: a Deployment patched to run privileged', () => {
    const { chart, database } = chartWithCrds();
    const operator = new Operator(chart, 'Operator', { name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [database] });
    const objects = Testing.synth(chart);
    objects.find((o) => o.kind === 'Deployment').spec.template.spec.containers[0].securityContext.privileged = true;
    expect(checkPolicy(asManifests(objects)).map((f) => `${f.rule} ${f.object?.name} ${f.field}`)).toEqual([
      'pss.privileged db-operator-controller-manager spec.template.spec.containers[0].securityContext.privileged',
    ]);
  });

  test('Operator.acceptFinding records the reason on every object of the operator', () => {
    const { chart, database } = chartWithCrds();
    const operator = new Operator(chart, 'Operator', { name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [database] });
    operator.acceptFinding('lint.cpu-request', 'burstable by design');
    const objects = Testing.synth(chart).filter((o) => o.metadata.labels?.['app.kubernetes.io/name'] === 'db-operator');
    expect(objects.length).toBeGreaterThan(10);
    for (const o of objects) expect(o.metadata.annotations?.['opkit.dev/accept'], o.kind).toBe('lint.cpu-request: burstable by design');
  });

  test('a policy finding fails the synth naming construct, object, field and file; an acceptance with a reason lets it pass', () => {
    const dir = tempDir();
    const synth = (accept: boolean) => {
      const app = new GitOpsApp({ outdir: path.join(dir, 'dist'), checks: [policyCheck], log: () => {} });
      const chart = new Chart(app, 'operator');
      const operator = new Operator(chart, 'Operator', { name: 'db-operator', image: 'example/db:v1.2.3', namespace: 'db-system', crds: [] });
      ApiObject.of(operator.deployment).addJsonPatch(JsonPatch.add('/spec/template/spec/hostNetwork', true));
      if (accept) acceptFinding(operator.deployment, 'pss.host-namespaces', 'binds the node\'s port for a legacy client');
      return () => app.synth();
    };
    try {
      expect(synth(false)).toThrow(new RegExp('^synth failed with 1 error; .*dist/ was left unchanged:\n'
        + '  operator/Operator/Controller/Resource/Resource Deployment db-system/db-operator-controller-manager: spec\\.template\\.spec\\.hostNetwork: '
        + 'Forbidden: sharing the host\'s namespaces is not allowed by the restricted Pod Security Standard: remove it or set it to false '
        + '\\[pss\\.host-namespaces\\] \\(.*/dist/operator\\.yaml, document \\d+\\)$'));
      expect(fs.readdirSync(dir)).toEqual([]);
      expect(synth(true)).not.toThrow();
      const written = fs.readFileSync(path.join(dir, 'dist', 'operator.yaml'), 'utf8');
      expect(written).toContain("opkit.dev/accept: \"pss.host-namespaces: binds the node's port for a legacy client\"");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
