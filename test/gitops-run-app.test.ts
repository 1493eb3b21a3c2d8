import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runApp, SynthError } from '../lib';
import { ROOT, tempDir } from './helpers';

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

  test('an error while building the app says that nothing was written; a construct\'s own message needs no hint', () => {
    const r = run(() => { throw new Error('prod has no clusters'); });
    expect(r.stderr).toBe('error: the app failed before synth; dist/ was left unchanged: prod has no clusters\n');
    const validation = run(() => { throw new SynthError('dist', [], new Error('Validation failed with the following errors:\n  [app] bad')); });
    expect(validation.stderr).toBe('error: synth failed; dist/ was left unchanged: Validation failed with the following errors:\n  [app] bad\n');
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

// The process as `npm run synth` runs it: tsx, an app calling runApp, real exit code and stderr.
describe('an app process that fails', () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const script = path.join(dir, 'app.ts');
  fs.writeFileSync(script, `import { Chart } from 'cdk8s';
import { GitOpsApp, runApp } from ${JSON.stringify(path.join(ROOT, 'lib'))};
runApp(() => {
  const app = new GitOpsApp({ outdir: ${JSON.stringify(path.join(dir, 'dist'))} });
  new Chart(app, 'app').node.addValidation({ validate: () => ['replicas must be at least 1'] });
  app.synth();
});
`);
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const spawn = (...args: string[]) => spawnSync(process.execPath, [tsx, script, ...args], {
    encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules'), OPKIT_DEBUG: '' },
  });

  test('exits 1 with the message and no stack trace; --debug adds the stack', () => {
    const r = spawn();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: synth failed; .*dist\/ was left unchanged: Validation failed with the following errors:\n {2}\[app\] replicas must be at least 1\n$/);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(fs.readdirSync(dir)).toEqual(['app.ts']);
    const debug = spawn('--debug');
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(STACK_LINE);
  });
});
