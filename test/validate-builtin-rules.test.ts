import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createValidator, Manifest, parseYaml } from '../lib/internal';
import { BUILTIN_RULES } from '../lib/validate/builtin-rules';
import { ROOT } from './helpers';

const FIXTURE = path.join(__dirname, 'fixtures', 'validate', 'builtin-go-rules.yaml');

describe("the API server's Go-coded checks in the validator", () => {
  test('run on built-in kinds after a clean schema check, with origins and lines', () => {
    const { manifests } = parseYaml(fs.readFileSync(FIXTURE, 'utf8'), 'builtin-go-rules.yaml');
    const findings = createValidator({ kubeVersion: '1.27' }).validate(manifests); // Go-syntax values (before 1.34)
    expect(findings.map((f) => `${f.origin?.line} ${f.object?.kind} ${f.field}: ${f.message} [${f.rule}]`)).toEqual([
      '11 Deployment spec.template.metadata.labels: Invalid value: map[string]string{"app":"api"}: `selector` does not match template `labels` [kube.apps]',
      '18 Deployment spec.template.spec.containers[0].ports[1].name: Duplicate value: "http" [kube.pod.container]',
      '25 CronJob spec.schedule: Invalid value: "0 25 * * *": end of range (25) above maximum (23): 25 [kube.batch]',
      '32 CronJob spec.jobTemplate.spec.template.spec.containers[0].image: Required value [kube.pod.container]',
    ]);
  });

  test('do not run on an object the schema already rejects (the API server would not decode it)', () => {
    const pod: Manifest = { origin: {}, object: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }], restartPolicy: 7 } } };
    expect(createValidator().validate([pod]).map((f) => f.rule)).toEqual(['schema.type']);
    delete pod.object.spec.restartPolicy;
    expect(createValidator().validate([pod]).map((f) => `${f.field}: ${f.message}`)).toEqual(['spec.containers[0].image: Required value']);
  });

  test('cover every kind family the issue names', () => {
    expect(Object.keys(BUILTIN_RULES).sort()).toEqual([
      '/ConfigMap', '/Pod', '/Secret', '/Service', 'apps/DaemonSet', 'apps/Deployment', 'apps/ReplicaSet', 'apps/StatefulSet',
      'batch/CronJob', 'batch/Job', 'networking.k8s.io/Ingress', 'networking.k8s.io/NetworkPolicy', 'policy/PodDisruptionBudget',
      'rbac.authorization.k8s.io/ClusterRole', 'rbac.authorization.k8s.io/ClusterRoleBinding', 'rbac.authorization.k8s.io/Role',
      'rbac.authorization.k8s.io/RoleBinding',
    ]);
  });

  test('opkit validate reports them and exits 1', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'validate', '--kube-version', '1.27', path.relative(ROOT, FIXTURE)], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('test/fixtures/validate/builtin-go-rules.yaml:25:3: error: document 2: CronJob nightly: spec.schedule: Invalid value: "0 25 * * *": end of range (25) above maximum (23): 25 [kube.batch]');
    expect(r.stdout).toContain('invalid: 2 objects, 4 errors');
  });
});
