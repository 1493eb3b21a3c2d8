import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, tempDir } from './helpers';

// `opkit init` as a user runs it: from the packed tarball, offline, then the new project's own two commands.
const BIN = path.join(ROOT, 'bin', 'opkit.js');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
interface Result { status: number; stdout: string; stderr: string }
const run = (cwd: string, cmd: string, args: string[]): Promise<Result> =>
  new Promise((resolve) => {
    execFile(cmd, args, { cwd, encoding: 'utf8', env, timeout: 180_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
const opkit = (cwd: string, args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });

describe('opkit init', { timeout: 240_000 }, () => {
  const tmp = tempDir('opkit-init-');
  const project = path.join(tmp, 'shop-operator');
  let tarball = '';
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  beforeAll(async () => {
    // global-setup.ts has run `npm run build` (what `prepare` runs on `npm pack`).
    const pack = await run(ROOT, 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp]);
    expect(pack.status, pack.stderr).toBe(0);
    tarball = path.join(tmp, JSON.parse(pack.stdout)[0].filename);
  }, 240_000);

  test('scaffolds a project whose npm install, npm run synth and npm test pass', async () => {
    const started = opkit(tmp, ['init', 'shop-operator', '--kind', 'Shop', '--group', 'shops.example.org', '--opkit', tarball]);
    expect(started.stderr).toBe('');
    expect(started.status).toBe(0);
    expect(started.stdout).toContain('created shop-operator');
    for (const f of ['package.json', 'tsconfig.json', 'cdk8s.yaml', 'main.ts', 'api/shop-crd.ts', 'test/app.test.ts', 'README.md', '.ci/run']) {
      expect(fs.existsSync(path.join(project, f)), f).toBe(true);
    }
    expect(fs.readFileSync(path.join(project, 'README.md'), 'utf8')).toContain('npm install && npm test');

    const install = await run(project, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
    expect(install.status, install.stderr).toBe(0);
    // prepare ran opkit import (under the project's ts-node): the compiled module and its schemas.
    for (const f of ['shops.example.org.js', 'shops.example.org.d.ts', 'shops.example.org.schemas.json']) {
      expect(fs.existsSync(path.join(project, 'imports', f)), f).toBe(true);
    }
    const again = await run(project, 'npm', ['run', '--silent', 'import']);
    expect(again.stdout).toBe('imports/: 0 generated, 1 unchanged\n');

    const synth = await run(project, 'npm', ['run', 'synth']);
    expect(synth.status, synth.stderr).toBe(0);
    const crds = fs.readFileSync(path.join(project, 'dist', 'dev', '00-crds.yaml'), 'utf8');
    expect(crds).toContain('name: shops.shops.example.org');
    expect(crds).toContain('rule: self.replicas <= self.maxReplicas');
    expect(crds).toMatch(/scale:\n\s+specReplicasPath: \.spec\.replicas/);
    expect(fs.readFileSync(path.join(project, 'dist', 'dev', '02-resources.yaml'), 'utf8')).toContain('kind: Shop');

    const tests = await run(project, 'npm', ['test']);
    expect(tests.status, tests.stdout + tests.stderr).toBe(0);
    expect(tests.stdout).toMatch(/# pass 2\n# fail 0/);
  });

  test('refuses a folder that already holds a project, and bad names, with exit 2 and no files written', () => {
    const busy = path.join(tmp, 'busy');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'main.ts'), '// mine');
    const r = opkit(tmp, ['init', 'busy']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('already has main.ts: choose an empty folder');
    expect(fs.readdirSync(busy)).toEqual(['main.ts']);
    expect(opkit(tmp, ['init', 'x', '--kind', 'widget']).stderr).toContain("--kind must be an upper-camel-case name such as Widget, got 'widget'");
    expect(opkit(tmp, ['init', 'x', '--group', 'nodot']).stderr).toContain("--group must be a DNS subdomain with a dot, such as example.com, got 'nodot'");
    expect(opkit(tmp, ['init', 'Bad_Name']).status).toBe(2);
    expect(fs.existsSync(path.join(tmp, 'x'))).toBe(false);
  });
});
