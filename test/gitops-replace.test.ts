// How a synth replaces dist/ under hostile conditions (issue 15, items 7-10): a symlinked dist/, killed runs,
// two synths at once, a read-only dist/ (as a user who is not root), files added to dist/ by hand.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { afterEach, describe, expect, test } from 'vitest';
import { formatSummary, GitOpsApp } from '../lib/internal';
import { removeTree } from '../lib/gitops/replace-dir';
import { readTree, ROOT, tempDir } from './helpers';

/** An app with one ConfigMap chart per name; `dev/one` puts chart `one` in folder `dev`. */
function appWith(outdir: string, names: string[]) {
  const app = new GitOpsApp({ outdir, log: () => {} });
  for (const name of names) {
    const [folder, id] = name.split('/');
    const scope = (app.node.tryFindChild(folder) as Construct) ?? new Construct(app, folder);
    new ApiObject(new Chart(scope, id), 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: id, namespace: 'ns' }, data: { v: name } });
  }
  return app;
}

const dirs: string[] = [];
afterEach(() => { dirs.splice(0).forEach((d) => { fs.chmodSync(d, 0o755); removeTree(d); }); });
const workdir = () => { const d = tempDir('opkit-replace-'); dirs.push(d); fs.chmodSync(d, 0o755); return d; };

describe('a symbolic link as dist/', () => {
  test('is followed: the folder it points to gets the new output, the link stays', () => {
    const dir = workdir();
    const real = path.join(dir, 'deploy', 'operator');
    appWith(real, ['dev/one']).synth();
    const link = path.join(dir, 'dist');
    fs.symlinkSync(path.join('deploy', 'operator'), link);
    appWith(link, ['dev/two']).synth();
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe(path.join('deploy', 'operator'));
    expect(Object.keys(readTree(real))).toEqual(['dev/two.yaml']); // before, the link was replaced by a folder and this kept dev/one
    expect(fs.readdirSync(dir).sort()).toEqual(['deploy', 'dist']);
    expect(fs.readdirSync(path.join(dir, 'deploy')).sort()).toEqual(['operator', 'operator.removed']);
  });

  test('whose target\'s folder does not exist is refused clearly', () => {
    const dir = workdir();
    fs.symlinkSync(path.join('nowhere', 'out'), path.join(dir, 'dist'));
    expect(() => appWith(path.join(dir, 'dist'), ['dev/one']).synth())
      .toThrow(`is a symbolic link to ${path.join(dir, 'nowhere', 'out')}, whose folder ${path.join(dir, 'nowhere')} does not exist: create it, or remove the link`);
  });
});

describe('killed and concurrent synths', () => {
  test('a kill between the renames is recovered, and killed runs\' staging folders are removed', () => {
    const dir = workdir();
    const out = path.join(dir, 'dist');
    appWith(out, ['dev/one']).synth();
    const before = readTree(out);
    fs.renameSync(out, `${out}.previous`); // killed between the two renames: dist/ missing
    fs.mkdirSync(path.join(dir, '.dist.staging-AbC123', 'dev'), { recursive: true }); // two killed runs' staging
    fs.writeFileSync(path.join(dir, '.dist.staging-AbC123', 'dev', 'x.yaml'), 'half');
    fs.mkdirSync(path.join(dir, '.dist.staging-XyZ789'));
    appWith(out, ['dev/one']).synth();
    expect(readTree(out)).toEqual(before);
    expect(fs.readdirSync(dir)).toEqual(['dist']);
  });

  test('a second synth while one runs fails at once with a true message; a stale lock is taken over', () => {
    const dir = workdir();
    const out = path.join(dir, 'dist');
    appWith(out, ['dev/one']).synth();
    const before = readTree(out);
    // A live process holds the lock: `sleep`, whose pid is alive for the test's duration.
    const holder = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(path.join(dir, '.dist.lock'), `${holder.pid}\n${require('node:os').hostname()}\n`);
      expect(() => appWith(out, ['dev/two']).synth()).toThrow(new RegExp(
        `^synth failed; this run did not touch ${escape(out)}/: another synth \\(pid ${holder.pid} on .+\\) holds the lock of the output folder; `
        + `wait for it to finish and run again, or delete ${escape(path.join(dir, '.dist.lock'))} if no synth is running$`));
      expect(readTree(out)).toEqual(before);
    } finally {
      holder.kill('SIGKILL');
    }
    // A killed synth's lock: its pid is gone.
    const dead = spawnSync('true').pid!;
    fs.writeFileSync(path.join(dir, '.dist.lock'), `${dead}\n${require('node:os').hostname()}\n`);
    appWith(out, ['dev/two']).synth();
    expect(Object.keys(readTree(out))).toEqual(['dev/two.yaml']);
    expect(fs.existsSync(path.join(dir, '.dist.lock'))).toBe(false); // released after the synth
  });

  test('two synth processes at once: one writes, the other fails saying it did not touch dist/', () => {
    const dir = workdir();
    const script = path.join(dir, 'app.ts');
    fs.writeFileSync(script, `import { ApiObject, Chart } from ${JSON.stringify(path.join(ROOT, 'node_modules', 'cdk8s'))};
import { GitOpsApp, runApp } from ${JSON.stringify(path.join(ROOT, 'lib'))};
runApp(() => {
  const app = new GitOpsApp({ outdir: ${JSON.stringify(path.join(dir, 'dist'))}, log: () => {},
    // a slow check keeps the lock held long enough for the other process to meet it
    checks: [() => { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500); return []; }] });
  new ApiObject(new Chart(app, 'c' + process.argv[2]), 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'ns' } });
  app.synth();
});
`);
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const run = (n: string) => new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const p = spawn(tsx, [script, n], { cwd: ROOT });
      let stderr = '';
      p.stderr.on('data', (d) => { stderr += d; });
      p.on('close', (code) => resolve({ code, stderr }));
    });
    return Promise.all([run('1'), run('2')]).then((results) => {
      const failed = results.filter((r) => r.code !== 0);
      expect(failed).toHaveLength(1);
      expect(failed[0].stderr).toMatch(/^error: synth failed; this run did not touch .*dist\/: another synth \(pid \d+ on .+\) holds the lock/);
      expect(failed[0].stderr).not.toContain('--debug'); // a user error: no hint at a stack trace
      const files = Object.keys(readTree(path.join(dir, 'dist')));
      expect(files.length).toBe(1);
      expect(fs.readdirSync(dir).sort()).toEqual(['app.ts', 'dist']);
    });
  }, 60_000);
});

describe('files dist/ does not get from the synth', () => {
  test('a file added by hand is named in the summary and kept in dist.removed/<time>/', () => {
    const dir = workdir();
    const out = path.join(dir, 'dist');
    appWith(out, ['dev/one', 'prod/two']).synth();
    fs.writeFileSync(path.join(out, 'dev', 'by-hand.yaml'), 'apiVersion: v1\nkind: ConfigMap\n');
    const result = appWith(out, ['dev/one']).synth();
    expect(result.removed?.files).toEqual(['dev/by-hand.yaml', 'prod/two.yaml']);
    const backup = path.join(dir, result.removed!.backup.replace(/^.*dist\.removed\//, 'dist.removed/'));
    expect(readTree(backup)).toEqual({ 'dev/by-hand.yaml': 'apiVersion: v1\nkind: ConfigMap\n', 'prod/two.yaml': expect.stringContaining('name: two') });
    expect(formatSummary(result)).toContain(`2 files no longer written, removed from ${result.outdir}/ (copies in ${result.removed!.backup}/):\n  dev/by-hand.yaml\n  prod/two.yaml\n`);
    // nothing removed, nothing said or kept
    const again = appWith(out, ['dev/one']).synth();
    expect(again.removed).toBeUndefined();
    expect(fs.readdirSync(path.join(dir, 'dist.removed'))).toHaveLength(1);
  });
});

describe('a read-only dist/', () => {
  // Root ignores permissions, so the synths run as `nobody` (setpriv) when the tests run as root.
  const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
  // `nobody` must also be able to read the checkout (a clone inside a 0700 folder such as mktemp's is not).
  const nobodyReadsRepo = asNobody && spawnSync(NOBODY[0], [...NOBODY.slice(1), process.execPath, '-e',
    `require('fs').accessSync(${JSON.stringify(tsx)}, require('fs').constants.R_OK)`]).status === 0;

  test('is replaced, and so are the outputs after it (dist.previous was left undeletable)', async (ctx) => {
    if (process.getuid?.() === 0 && !nobodyReadsRepo) {
      console.warn(asNobody
        ? `gitops-replace: user nobody cannot read ${ROOT}: the read-only dist/ test is skipped`
        : 'gitops-replace: running as root without setpriv: the read-only dist/ test is skipped');
      ctx.skip();
      return;
    }
    const dir = workdir();
    fs.chmodSync(dir, 0o777);
    const script = path.join(dir, 'app.ts');
    fs.writeFileSync(script, `import { ApiObject, Chart } from ${JSON.stringify(path.join(ROOT, 'node_modules', 'cdk8s'))};
import { GitOpsApp } from ${JSON.stringify(path.join(ROOT, 'lib'))};
const app = new GitOpsApp({ outdir: ${JSON.stringify(path.join(dir, 'dist'))}, log: () => {} });
new ApiObject(new Chart(app, process.argv[2]), 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'ns' } });
app.synth();
`);
    // Asynchronous runs: a worker blocked for tens of seconds on a loaded machine misses vitest's RPC deadline.
    const synth = (chart: string) => new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const argv = [process.execPath, tsx, script, chart];
      const cmd = asNobody ? [...NOBODY, ...argv] : argv;
      const p = spawn(cmd[0], cmd.slice(1), { cwd: dir, env: { ...process.env, HOME: dir, TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json') } });
      let stderr = '';
      p.stderr.on('data', (d) => { stderr += d; });
      p.on('close', (status) => resolve({ status, stderr }));
    });
    const first = await synth('one');
    expect(first.stderr).toBe('');
    execFileSync('chmod', ['-R', 'a-w', path.join(dir, 'dist')]); // read-only, as `chmod -R a-w dist` by its owner
    for (const chart of ['two', 'three', 'four']) {
      const r = await synth(chart);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(Object.keys(readTree(path.join(dir, 'dist')))).toEqual([`${chart}.yaml`]);
      expect(fs.existsSync(path.join(dir, 'dist.previous'))).toBe(false);
    }
  }, 60_000);

  test('removeTree removes folders without write permission', () => {
    const dir = workdir();
    const tree = path.join(dir, 'ro');
    fs.mkdirSync(path.join(tree, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'a', 'b', 'f.yaml'), 'x');
    execFileSync('chmod', ['-R', 'a-w', tree]);
    removeTree(tree);
    expect(fs.existsSync(tree)).toBe(false);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
