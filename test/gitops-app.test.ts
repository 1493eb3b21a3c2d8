import * as fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import * as path from 'node:path';
import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CheckContext, GitOpsApp, GitOpsAppProps, Manifest, ManifestCheck, OutputMirrorError, SynthError } from '../lib';
import { readTree, tempDir } from './helpers';

const quiet = { log: () => {} };

/** An app with one ConfigMap chart per name; `dev/one` puts chart `one` in folder `dev`. */
function appWith(outdir: string, names: string[], props: GitOpsAppProps = {}) {
  const app = new GitOpsApp({ outdir, ...quiet, ...props });
  for (const name of names) {
    const parts = name.split('/');
    let scope: Construct = app;
    for (const folder of parts.slice(0, -1)) scope = (scope.node.tryFindChild(folder) as Construct) ?? new Construct(scope, folder);
    const id = parts[parts.length - 1];
    new ApiObject(new Chart(scope, id), 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: id, namespace: 'ns' }, data: { v: name } });
  }
  return app;
}

/** A check that reports one error per ConfigMap whose data.v matches `bad`. */
const rejecting = (bad: RegExp): ManifestCheck => (manifests) => manifests
  .filter((m) => bad.test(m.object.data?.v ?? ''))
  .map((m) => ({ severity: 'error' as const, rule: 'test.bad', field: 'data.v', message: `Invalid value: "${m.object.data.v}": not allowed`,
    object: { kind: m.object.kind, namespace: m.object.metadata.namespace, name: m.object.metadata.name }, origin: m.origin }));

/**
 * Run `body` while the `n`-th call of `fs[name]` throws an errno error `message` (code: its first word); returns
 * how many calls there were. Node's built-in ESM exports follow the CommonJS module object after
 * syncBuiltinESMExports(), so the library's `import * as fs` sees the stub.
 */
function failingOnCall(name: 'writeFileSync' | 'renameSync', n: number, message: string, body: () => void): number {
  const cjsFs: Record<string, (...args: unknown[]) => unknown> = require('node:fs');
  const real = cjsFs[name];
  let calls = 0;
  cjsFs[name] = (...args: unknown[]) => {
    if (++calls === n) throw Object.assign(new Error(message), { code: message.split(':')[0] });
    return real(...args);
  };
  syncBuiltinESMExports();
  try {
    body();
  } finally {
    cjsFs[name] = real;
    syncBuiltinESMExports();
  }
  return calls;
}

describe('GitOpsApp', () => {
  const dirs: string[] = [];
  afterEach(() => { dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })); vi.restoreAllMocks(); });
  const workdir = () => { const d = tempDir(); dirs.push(d); return d; };

  describe('a failed synth leaves dist/ byte-identical, says so, and leaves no staging folder', () => {
    const setup = () => {
      const dir = workdir();
      const out = path.join(dir, 'dist');
      appWith(out, ['dev/one', 'prod/two']).synth();
      return { dir, out, before: readTree(out) };
    };
    const expectUnchanged = ({ dir, out, before }: ReturnType<typeof setup>) => {
      expect(readTree(out)).toEqual(before);
      expect(fs.readdirSync(dir)).toEqual(['dist']);
    };

    test('an exception in the app (construct validation)', () => {
      const s = setup();
      const app = appWith(s.out, ['dev/three']);
      new Chart(app, 'broken').node.addValidation({ validate: () => ['deliberately broken'] });
      expect(() => app.synth()).toThrow(SynthError);
      expect(() => app.synth()).toThrow(/^synth failed; .*dist\/ was left unchanged: .*\[broken\] deliberately broken/s);
      expectUnchanged(s);
    });

    test('failed checks: every error is listed, formatted with construct path, object, field, rule and file', () => {
      const s = setup();
      const app = appWith(s.out, ['dev/bad-a', 'prod/bad-b', 'dev/fine'], { checks: [rejecting(/bad/)] });
      let error: SynthError | undefined;
      try { app.synth(); } catch (e) { error = e as SynthError; }
      expect(error).toBeInstanceOf(SynthError);
      expect(error!.findings).toHaveLength(2);
      const lines = error!.message.split('\n');
      expect(lines[0]).toMatch(/^synth failed with 2 errors; .*dist\/ was left unchanged:$/);
      expect(lines[1]).toBe('  dev/bad-a/cm ConfigMap ns/bad-a: data.v: Invalid value: "dev/bad-a": not allowed [test.bad] '
        + `(${path.join(s.dir, 'dist')}/dev/00-bad-a.yaml, document 1)`);
      expect(lines[2]).toContain('prod/bad-b/cm ConfigMap ns/bad-b: data.v: Invalid value: "prod/bad-b"');
      expectUnchanged(s);
    });

    test('a check that throws', () => {
      const s = setup();
      const app = appWith(s.out, ['dev/one'], { checks: [() => { throw new Error('validator crashed'); }] });
      expect(() => app.synth()).toThrow(/dist\/ was left unchanged: validator crashed/);
      expectUnchanged(s);
    });

    test('a disk error while writing the staged files', () => {
      const s = setup();
      const app = appWith(s.out, ['dev/one', 'dev/two']);
      const calls = failingOnCall('writeFileSync', 2, 'ENOSPC: no space left on device, write', () => {
        expect(() => app.synth()).toThrow(/dist\/ was left unchanged: ENOSPC: no space left on device/);
      });
      expect(calls).toBe(2);
      expectUnchanged(s);
    });

    test('a disk error while moving the new output into place: the old output is moved back', () => {
      const s = setup();
      const app = appWith(s.out, ['dev/three']);
      // Rename 1 moves dist/ aside, rename 2 (failing) would move the staged output in.
      const calls = failingOnCall('renameSync', 2, 'EXDEV: cross-device link not permitted, rename', () => {
        expect(() => app.synth()).toThrow(/dist\/ was left unchanged: EXDEV: cross-device link not permitted/);
      });
      expect(calls).toBe(3);
      expectUnchanged(s);
    });
  });

  test('`cdk8s synth -o dist` (the CLI deletes its folder first) is warned about, with the fix', () => {
    const out = path.join(workdir(), 'dist');
    const printed: string[] = [];
    vi.stubEnv('CDK8S_OUTDIR', out);
    let result;
    try {
      result = appWith(out, ['dev/one'], { log: (t) => printed.push(t) }).synth();
    } finally {
      vi.unstubAllEnvs();
    }
    const expected = `\`cdk8s synth\` was pointed at ${out}/ itself and deleted it before the app ran, so a failed synth would `
      + `have lost it: set \`output: .cdk8s.out\` in cdk8s.yaml and pass no \`-o ${out}\`; the app writes ${out}/ itself `
      + 'and copies it to the CLI\'s folder';
    expect(result.warnings).toEqual([{ severity: 'warning', rule: 'gitops.cdk8s-output', message: expected }]);
    expect(printed.join('')).toContain(`1 warning:\n  ${expected} [gitops.cdk8s-output]\n`);
    expect(Object.keys(readTree(out))).toEqual(['dev/one.yaml']);
  });

  test('a failure to copy the output for `cdk8s synth` says that dist/ was replaced, not that it was unchanged', () => {
    const dir = workdir();
    const out = path.join(dir, 'dist');
    fs.writeFileSync(path.join(dir, 'a-file'), '');
    vi.stubEnv('CDK8S_OUTDIR', path.join(dir, 'a-file', 'out'));
    try {
      expect(() => appWith(out, ['dev/one']).synth()).toThrow(OutputMirrorError);
      expect(() => appWith(out, ['dev/two']).synth()).toThrow(new RegExp(
        `^${out}/ was replaced with the new output, but copying it to ${dir}/a-file/out for \`cdk8s synth\` failed: ENOTDIR`));
    } finally {
      vi.unstubAllEnvs();
    }
    expect(Object.keys(readTree(out))).toEqual(['dev/two.yaml']);
  });

  test('a replace interrupted between its two renames is undone by the next synth, even one that fails', () => {
    const dir = workdir();
    const out = path.join(dir, 'dist');
    appWith(out, ['dev/one']).synth();
    const before = readTree(out);
    fs.renameSync(out, `${out}.previous`); // the state after a crash between the two renames
    const app = appWith(out, ['dev/two']);
    new Chart(app, 'broken').node.addValidation({ validate: () => ['deliberately broken'] });
    expect(() => app.synth()).toThrow(/dist\/ was left unchanged/);
    expect(readTree(out)).toEqual(before);
    expect(fs.readdirSync(dir)).toEqual(['dist']);
  });

  test('constructing an app that then throws leaves no litter (staging is created by synth only)', () => {
    const dir = workdir();
    const app = new GitOpsApp({ outdir: path.join(dir, 'dist'), ...quiet });
    expect(() => { new Chart(app, 'x'); throw new Error('user code failed'); }).toThrow('user code failed');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('a chart removed from the app disappears from the output, and so do emptied folders', () => {
    const out = path.join(workdir(), 'dist');
    appWith(out, ['dev/one', 'dev/two', 'prod/three']).synth();
    expect(Object.keys(readTree(out)).sort()).toEqual(['dev/00-one.yaml', 'dev/01-two.yaml', 'prod/three.yaml']);
    appWith(out, ['dev/one']).synth();
    expect(Object.keys(readTree(out))).toEqual(['dev/one.yaml']);
    expect(fs.readdirSync(out)).toEqual(['dev']);
  });

  test('two synths write identical bytes, with no timestamps and no construct-metadata.json', () => {
    const a = path.join(workdir(), 'dist');
    const b = path.join(workdir(), 'dist');
    vi.stubEnv('CDK8S_RECORD_CONSTRUCT_METADATA', 'true');
    appWith(a, ['dev/one', 'prod/two']).synth();
    appWith(b, ['dev/one', 'prod/two']).synth();
    vi.unstubAllEnvs();
    expect(readTree(b)).toEqual(readTree(a));
    expect(Object.keys(readTree(a)).sort()).toEqual(['dev/one.yaml', 'prod/two.yaml']);
  });

  test('checks see every written object with construct path and file, and the previous output as `previous`', () => {
    const out = path.join(workdir(), 'dist');
    appWith(out, ['dev/one']).synth();
    const seen: { manifests: readonly Manifest[]; context: CheckContext }[] = [];
    appWith(out, ['dev/one', 'dev/two'], { checks: [(manifests, context) => { seen.push({ manifests, context }); return []; }] }).synth();
    const [{ manifests, context }] = seen;
    expect(manifests.map((m) => [m.object.metadata.name, m.origin.constructPath, m.origin.file?.replace(out, 'OUT')])).toEqual([
      ['one', 'dev/one/cm', 'OUT/dev/00-one.yaml'],
      ['two', 'dev/two/cm', 'OUT/dev/01-two.yaml'],
    ]);
    expect(context.previous?.map((m) => [m.object.metadata.name, m.origin.file?.replace(out, 'OUT')])).toEqual([['one', 'OUT/dev/one.yaml']]);
  });

  test('construct paths also where cdk8s renders (a chart inside a chart), and each object its own', () => {
    const out = path.join(workdir(), 'dist');
    const seen: Manifest[] = [];
    const app = new GitOpsApp({ outdir: out, ...quiet, checks: [(manifests) => { seen.push(...manifests); return []; }] });
    const parent = new Chart(app, 'parent');
    const child = new Chart(parent, 'child');
    for (const [scope, id] of [[parent, 'a'], [child, 'b'], [parent, 'c']] as const) {
      new ApiObject(scope, id, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: id, namespace: 'ns' } });
    }
    app.synth();
    expect(seen.map((m) => [m.object.metadata.name, m.origin.constructPath])).toEqual(
      expect.arrayContaining([['a', 'parent/a'], ['b', 'parent/child/b'], ['c', 'parent/c']]));
    expect(seen).toHaveLength(3);
  });

  test('an unreadable previous output is a warning (no transition rules), not a failure', () => {
    const out = path.join(workdir(), 'dist');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'hand-edited.yaml'), 'a: [unclosed\n');
    const result = appWith(out, ['one']).synth();
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^the previous output cannot be read for transition rules and CRD upgrade checks: /)]);
    expect(result.warnings[0].origin?.file).toMatch(/dist\/hand-edited\.yaml$/);
    expect(Object.keys(readTree(out))).toEqual(['one.yaml']);
  });

  test('checks run once per output folder (one Application, one cluster) with that folder\'s previous objects', () => {
    const out = path.join(workdir(), 'dist');
    appWith(out, ['dev/one', 'prod/one']).synth();
    const calls: string[] = [];
    const names = (ms: readonly Manifest[] | undefined) => (ms ?? []).map((m) => m.origin.file!.replace(out, 'OUT')).join(',');
    appWith(out, ['dev/one', 'prod/one', 'prod/two'], {
      checks: [(manifests, { previous }) => { calls.push(`${names(manifests)} <- ${names(previous)}`); return []; }],
    }).synth();
    expect(calls).toEqual([
      'OUT/dev/one.yaml <- OUT/dev/one.yaml',
      'OUT/prod/00-one.yaml,OUT/prod/01-two.yaml <- OUT/prod/one.yaml',
    ]);
  });

  test('a first synth gives checks no previous objects', () => {
    const contexts: CheckContext[] = [];
    appWith(path.join(workdir(), 'dist'), ['one'], { checks: [(_, c) => { contexts.push(c); return []; }] }).synth();
    expect(contexts).toEqual([{ previous: undefined }]);
  });

  test('warnings do not fail the synth and are printed in the summary with per-file waves and the time taken', () => {
    const out = path.join(workdir(), 'dist');
    const printed: string[] = [];
    const warn: ManifestCheck = (ms) => ms.map((m) => ({ severity: 'warning', rule: 'test.warn', message: 'looks odd', origin: m.origin }));
    const result = appWith(out, ['dev/one'], { checks: [warn], log: (t) => printed.push(t) }).synth();
    expect(result.warnings).toHaveLength(1);
    const text = printed.join('');
    expect(text).toMatch(/^.*dist\/ synthesized in \d+ ms: 1 file, 1 object\n/);
    expect(text).toContain('  dev/one.yaml  wave -5: ConfigMap\n');
    expect(text).toContain('1 warning:\n  dev/one/cm: looks odd [test.warn]');
  });

  test('construct ids that would make bad file names, or a Kustomize marker, fail with the construct path', () => {
    const dir = workdir();
    const out = path.join(dir, 'dist');
    expect(() => appWith(out, ['dev/kustomization']).synth())
      .toThrow(/dev\/kustomization: construct id 'kustomization' names an output file; use a lowercase DNS label/);
    expect(() => appWith(out, ['Dev/one', 'Dev/two']).synth())
      .toThrow(/^synth failed with 1 error; .*\n {2}Dev: construct id 'Dev' names an output folder; use a lowercase DNS label/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('mirrors the new output into CDK8S_OUTDIR for `cdk8s synth`', () => {
    const dir = workdir();
    const mirror = path.join(dir, '.cdk8s.out');
    fs.mkdirSync(mirror);
    fs.writeFileSync(path.join(mirror, 'stale.yaml'), 'old');
    vi.stubEnv('CDK8S_OUTDIR', mirror);
    try {
      appWith(path.join(dir, 'dist'), ['dev/one']).synth();
    } finally {
      vi.unstubAllEnvs();
    }
    expect(readTree(mirror)).toEqual(readTree(path.join(dir, 'dist')));
  });
});
