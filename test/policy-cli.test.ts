import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { compliantDeployment, SERVICE_ACCOUNT } from './policy-fixtures';
import { ROOT, tempDir } from './helpers';

const dir = tempDir('opkit-policy-cli-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The bundled CLI (test/global-setup.ts builds it from the current sources), as a user runs it.
function validate(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'validate', ...args], { encoding: 'utf8', cwd: ROOT });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

function write(name: string, ...objects: any[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, objects.map((o) => stringify(o)).join('---\n'));
  return file;
}

describe('opkit validate --policy', () => {
  const deployment = compliantDeployment();
  deployment.spec.replicas = 2;
  const role = {
    apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'debug', namespace: 'apps' },
    rules: [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }],
  };
  const file = write('app.yaml', SERVICE_ACCOUNT, deployment, role);

  test('without --policy the schemas are all that is checked', () => {
    const r = validate([file]);
    expect(r.err).toBe('');
    expect(r.out).toBe('valid: 3 objects, 0 errors, 0 warnings\n');
    expect(r.status).toBe(0);
  });

  test('with --policy the synth\'s rules run: exit 1, each finding with its rule id', () => {
    const r = validate(['--policy', file]);
    expect(r.status).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines.map((l) => l.match(/\[([^\]]+)\]$/)?.[1])).toEqual(['lint.anti-affinity', 'rbac.pod-exec', undefined]);
    expect(lines[0]).toContain('Deployment apps/web: spec.template.spec.affinity.podAntiAffinity: Required value:');
    expect(lines.at(-1)).toBe('invalid: 3 objects, 2 errors, 0 warnings');
  });

  test('an acceptance with a reason is honoured; the JSON report carries the rule', () => {
    const accepted = { ...role, metadata: { ...role.metadata, annotations: { 'opkit.dev/accept': 'rbac.pod-exec: break-glass debugging role' } } };
    const r = validate(['--policy', '-o', 'json', write('accepted.yaml', SERVICE_ACCOUNT, compliantDeployment(), accepted)]);
    expect(r.status).toBe(0);
    expect(JSON.stringify(JSON.parse(r.out))).not.toContain('rbac.pod-exec');
  });

  test('the committed dist/ passes the policy folder by folder', () => {
    for (const folder of ['dist/dev', 'dist/prod/eu-west-1', 'dist/prod/us-east-1']) {
      const r = validate(['--policy', '--crd', path.join(ROOT, 'imports'), path.join(ROOT, folder)]);
      expect(r.out, folder).toMatch(/^valid: \d+ objects, 0 errors, 0 warnings\n$/);
      expect(r.status, folder).toBe(0);
    }
  });

  test('--help documents the flag', () => {
    expect(validate(['--help']).out).toContain('--policy');
  });
});
