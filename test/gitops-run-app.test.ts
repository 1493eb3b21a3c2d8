import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { GitOpsApp, Operator, OutputLockedError, OutputMirrorError, runApp, SynthError, UserError } from '../lib';
import { chartWithCrds } from './operator-fixtures';
import { readTree, ROOT, tempDir } from './helpers';

const STACK_LINE = /^\s+at /m;

describe('runApp', () => {
  const run = (main: () => unknown, argv: string[] = [], env: NodeJS.ProcessEnv = {}) => {
    const err: string[] = [];
    const saved = process.exitCode;
    const code = runApp(main, { argv, env, stderr: (t) => err.push(t) });
    process.exitCode = saved;
    return { code, stderr: err.join('') };
  };

  test('success returns 0 and prints nothing', () => {
    expect(run(() => 'ok')).toEqual({ code: 0, stderr: '' });
  });

  test('a failed synth prints its message (every finding), no stack trace and no debug hint, exit code 1', () => {
    const findings = [
      { severity: 'error' as const, rule: 'r.one', message: 'first problem' },
      { severity: 'error' as const, rule: 'r.two', message: 'second problem' },
    ];
    const r = run(() => { throw new SynthError('dist', findings); });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: synth failed with 2 errors; dist/ was left unchanged:\n'
      + '  first problem [r.one]\n  second problem [r.two]\n');
  });

  test('a user error while building the app says that nothing was written, and needs no hint', () => {
    const r = run(() => { throw new UserError('prod has no clusters'); });
    expect(r.stderr).toBe('error: the app failed before synth; dist/ was left unchanged: prod has no clusters\n');
    const validation = run(() => { throw new SynthError('dist', [], new UserError('Validation failed with the following errors:\n  [app] bad')); });
    expect(validation.stderr).toBe('error: synth failed; dist/ was left unchanged: Validation failed with the following errors:\n  [app] bad\n');
    const locked = run(() => { throw new SynthError('dist', [], new OutputLockedError('.dist.lock', 'pid 1 on host')); });
    expect(locked.stderr).not.toContain('--debug');
  });

  test('a construct\'s props check is a user error: its message, with the construct path, and no hint', () => {
    const r = run(() => {
      const { chart, database } = chartWithCrds();
      new Operator(chart, 'Operator', { name: 'db', image: 'example/db:v1', namespace: 'db', crds: [database], replicas: 0 });
    });
    expect(r.stderr).toBe('error: the app failed before synth; dist/ was left unchanged: '
      + 'test/Operator/Controller: replicas must be a whole number of at least 1, got 0\n');
  });

  test('a construct validation (node.addValidation) that fails the synth is a user error', () => {
    const dir = tempDir();
    try {
      const r = run(() => {
        const app = new GitOpsApp({ outdir: path.join(dir, 'dist'), log: () => {} });
        app.node.addValidation({ validate: () => ['needs at least one cluster'] });
        app.synth();
      });
      expect(r.stderr).toMatch(/^error: synth failed; .*dist\/ was left unchanged: Validation failed with the following errors:\n {2}\[\] needs at least one cluster\n$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Bad props and internal failures were both plain Errors; only a UserError is the user's now.
  test('a plain Error is internal: thrown by the app or as the cause of a failed synth, it adds the hint', () => {
    const HINT = 'Run with --debug (or OPKIT_DEBUG=1) to see the stack trace.\n';
    expect(run(() => { throw new Error('unexpected state'); }).stderr)
      .toBe(`error: the app failed before synth; dist/ was left unchanged: unexpected state\n${HINT}`);
    expect(run(() => { throw new SynthError('dist', [], new Error('internal')); }).stderr)
      .toBe(`error: synth failed; dist/ was left unchanged: internal\n${HINT}`);
  });

  test('an unexpected error (a JavaScript bug, a disk error) adds the hint to look at the stack', () => {
    const HINT = 'Run with --debug (or OPKIT_DEBUG=1) to see the stack trace.\n';
    const bug = run(() => { (undefined as any).spec.replicas = 1; });
    expect(bug.stderr).toMatch(/^error: the app failed before synth; dist\/ was left unchanged: Cannot read properties of undefined \(reading 'spec'\)\n/);
    expect(bug.stderr.endsWith(HINT)).toBe(true);
    expect(bug.stderr).not.toMatch(STACK_LINE);
    const disk = run(() => {
      throw new SynthError('dist', [], Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    });
    expect(disk.stderr).toBe(`error: synth failed; dist/ was left unchanged: ENOSPC: no space left on device, write\n${HINT}`);
    expect(run(() => { throw 'a string'; }).stderr).toBe(`error: the app failed before synth; dist/ was left unchanged: a string\n${HINT}`);
    const mirror = run(() => { throw new OutputMirrorError('dist', '.cdk8s.out', new Error('EACCES: permission denied')); });
    expect(mirror.stderr).toBe('error: dist/ was replaced with the new output, but copying it to .cdk8s.out for `cdk8s synth` failed: '
      + `EACCES: permission denied\n${HINT}`);
  });

  test('--debug or OPKIT_DEBUG=1 prints the stack trace, including the cause', () => {
    const fail = () => { throw new SynthError('dist', [], new Error('disk full')); };
    for (const r of [run(fail, ['--debug']), run(fail, [], { OPKIT_DEBUG: '1' })]) {
      expect(r.stderr).toMatch(/^error: synth failed; dist\/ was left unchanged: disk full\nSynthError: /);
      expect(r.stderr).toContain('Caused by: Error: disk full');
      expect(r.stderr).toMatch(STACK_LINE);
    }
  });
});

// The process as `npm run synth` and `cdk8s synth` run it: tsx, an app calling runApp, real exit code and stderr.
describe('an app process', () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const out = path.join(dir, 'dist');
  const script = path.join(dir, 'app.ts');
  // FAIL=1 makes the app fail its construct validation; VALUE changes the output.
  fs.writeFileSync(script, `import { ApiObject, Chart } from 'cdk8s';
import { GitOpsApp, runApp } from ${JSON.stringify(path.join(ROOT, 'lib'))};
runApp(() => {
  const app = new GitOpsApp({ outdir: ${JSON.stringify(out)} });
  const chart = new Chart(app, 'app');
  new ApiObject(chart, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm', namespace: 'ns' }, data: { v: process.env.VALUE ?? '' } });
  if (process.env.FAIL) chart.node.addValidation({ validate: () => ['replicas must be at least 1'] });
  app.synth();
});
`);
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const env = (extra: NodeJS.ProcessEnv) => ({ ...process.env, NODE_PATH: path.join(ROOT, 'node_modules'), OPKIT_DEBUG: '', ...extra });
  const spawn = (extra: NodeJS.ProcessEnv, ...args: string[]) => spawnSync(process.execPath, [tsx, script, ...args], {
    encoding: 'utf8', env: env(extra),
  });

  test('a failing app exits 1 with the message and no stack trace; --debug adds the stack', () => {
    const r = spawn({ FAIL: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: synth failed; .*dist\/ was left unchanged: Validation failed with the following errors:\n {2}\[app\] replicas must be at least 1\n$/);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(fs.readdirSync(dir)).toEqual(['app.ts']);
    const debug = spawn({ FAIL: '1' }, '--debug');
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(STACK_LINE);
  });

  // The real cdk8s CLI, which empties its output folder (-o) before it runs the app (-a).
  test('`cdk8s synth` gets the output in its folder, and a failing `cdk8s synth` leaves dist/ byte-identical', () => {
    const cdk8s = (extra: NodeJS.ProcessEnv) => spawnSync(process.execPath, [
      path.join(ROOT, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s'), '--no-check-upgrade', 'synth',
      // The CLI runs the command through a shell that does not unquote it: the paths must be free of spaces.
      '-a', `${process.execPath} ${tsx} app.ts`, '-o', '.cdk8s.out',
    ], { cwd: dir, encoding: 'utf8', env: env(extra) });
    const ok = cdk8s({ VALUE: 'first' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('  - .cdk8s.out/app.yaml');
    const before = readTree(out);
    expect(before['app.yaml']).toContain('v: first');
    expect(readTree(path.join(dir, '.cdk8s.out'))).toEqual(before);

    const failed = cdk8s({ VALUE: 'second', FAIL: '1' });
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/^error: synth failed; .*dist\/ was left unchanged: Validation failed with the following errors:\n {2}\[app\] replicas must be at least 1\n/);
    expect(readTree(out)).toEqual(before);
  });
});
