import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENVIRONMENTS } from '../app/environments';
import { createApp } from '../main';
import { ROOT, tempDir } from './helpers';

// `opkit diff` on real changes of the reference app's output: the committed dist/ against a synth of the app
// with another replica count and cache version, and against itself at a commit of a scratch repository.

const opkit = (args: string[], cwd = ROOT) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'diff', ...args], { encoding: 'utf8', cwd });
const dir = tempDir('opkit-diff-');
const changed = path.join(dir, 'changed');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  // The dev environment with 2 controller replicas and a cache upgraded to 8.1 (mutated for this synth only).
  const dev = ENVIRONMENTS.find((e) => e.name === 'dev')! as any;
  const saved = { operator: dev.operator, caches: dev.caches };
  dev.operator = { ...dev.operator, replicas: dev.operator.replicas + 1 };
  dev.caches = dev.caches.map((c: any) => ({ ...c, version: '8.1' }));
  try {
    createApp({ outdir: changed, log: () => {} }).synth();
  } finally {
    Object.assign(dev, saved);
  }
});

describe('opkit diff', () => {
  test('the committed dist/ against a synth with changed replicas: exactly the changed fields, exit 1', () => {
    // From one controller replica to two, the Operator also spreads the pods (anti-affinity, topology spread) and
    // adds a PodDisruptionBudget.
    const replicas = ENVIRONMENTS.find((e) => e.name === 'dev')!.operator.replicas;
    const r = opkit(['dist', changed]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(replicas).toBe(1);
    expect(lines.slice(0, -1).map((l) => l.replace(/ → \[\{.*\}\]$/, ' → [...]').replace(/ → \{.*\}$/, ' → {...}'))).toEqual([
      '~ changed dev: Deployment opkit-system/cache-operator-controller-manager',
      '    spec.replicas: 1 → 2',
      '    spec.template.spec.affinity: (none) → {...}',
      '    spec.template.spec.topologySpreadConstraints: (none) → [...]',
      '~ changed dev: CacheCluster apps/sessions',
      '    spec.version: "8.0" → "8.1"',
      '+ added dev: PodDisruptionBudget opkit-system/cache-operator-controller-manager',
    ]);
    expect(lines.at(-1)).toMatch(/^3 objects differ: 1 added, 0 removed, 2 changed, \d+ unchanged$/);
  });

  test('a folder against an identical copy, reformatted and reordered, has no differences: exit 0', () => {
    const copy = path.join(dir, 'reformatted');
    fs.cpSync(path.join(ROOT, 'dist'), copy, { recursive: true });
    // Flow style, other key order, other file name: none of it counts.
    const file = path.join(copy, 'dev', '01-operator.yaml');
    const yaml = require('yaml');
    const docs = yaml.parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d: any) => d.toJS()).reverse();
    const reorder = (v: any): any => (Array.isArray(v) ? v.map(reorder)
      : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)])) : v);
    fs.rmSync(file);
    fs.writeFileSync(path.join(copy, 'dev', 'operator.yaml'), docs.map((d: any) => yaml.stringify(reorder(d), { collectionStyle: 'flow' })).join('---\n'));
    const r = opkit(['dist', copy]);
    expect(r.stdout).toMatch(/^no differences: \d+ objects\n$/);
    expect(r.status).toBe(0);
  });

  test('markdown for a pull-request comment', () => {
    const r = opkit(['-o', 'markdown', 'dist/dev/01-operator.yaml', path.join(changed, 'dev', '01-operator.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('**2 objects differ: 1 added, 0 removed, 1 changed,');
    expect(r.stdout).toContain('### Added (1)\n\n- PodDisruptionBudget opkit-system/cache-operator-controller-manager\n');
    expect(r.stdout).toContain('#### Deployment opkit-system/cache-operator-controller-manager\n\n| field | old | new |\n|---|---|---|\n| <code>spec.replicas</code> |');
  });

  test('--base compares a folder with its content at a commit (here a scratch repository)', () => {
    const repo = path.join(dir, 'repo');
    fs.cpSync(path.join(ROOT, 'dist'), path.join(repo, 'dist'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'dist');
    expect(opkit(['--base', 'HEAD', 'dist'], repo).status).toBe(0);
    fs.rmSync(path.join(repo, 'dist', 'prod'), { recursive: true });
    fs.cpSync(path.join(changed, 'dev'), path.join(repo, 'dist', 'dev'), { recursive: true });
    const r = opkit(['--base', 'HEAD', 'dist'], repo);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('~ changed dev: CacheCluster apps/sessions\n    spec.version: "8.0" → "8.1"');
    expect(r.stdout).toContain('- removed prod/eu-west-1: CustomResourceDefinition cacheclusters.cache.opkit.dev');
    expect(r.stdout).toMatch(/\d+ objects differ: 1 added, \d+ removed, 2 changed, \d+ unchanged\n$/);
  });

  test('errors exit 2 with a message: missing path, bad ref, unreadable YAML, wrong arguments', () => {
    const broken = path.join(dir, 'broken.yaml');
    fs.writeFileSync(broken, 'a: [1,\n');
    const cases: [string[], RegExp][] = [
      [['dist', 'no/such'], /^opkit diff: no\/such: no such file or folder\n/],
      [['--base', 'no-such-ref', 'dist'], /^opkit diff: no-such-ref: not a commit of the repository /],
      [['dist', broken], /^opkit diff: cannot compare: the inputs are not readable manifests:\n {2}.*broken\.yaml:\d+(:\d+)?: error: /],
      [['dist'], /^opkit diff: expected OLD and NEW, got 1 path\n/],
      [['-o', 'html', 'dist', 'dist'], /^opkit diff: --output must be one of text, markdown, got 'html'\n/],
    ];
    for (const [args, message] of cases) {
      const r = opkit(args);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
});
