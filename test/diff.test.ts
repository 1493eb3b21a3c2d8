import { describe, expect, test } from 'vitest';
import { diffObjects, DiffObject } from '../lib/diff/object-diff';
import { renderDiffMarkdown, renderDiffText } from '../lib/diff/render-diff';
import { diffValues } from '../lib/diff/value-diff';

const deployment = (replicas: number, image = 'app:1', extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'apps', labels: { 'app.kubernetes.io/name': 'web' } },
  spec: { replicas, template: { spec: { containers: [{ name: 'sidecar', image: 'proxy:1' }, { name: 'web', image }] } }, ...extra },
});
const at = (object: Record<string, any>, folder = ''): DiffObject => ({ object, folder });

describe('diffValues', () => {
  test('key order does not count; changed, added and removed leaves are listed with old and new values', () => {
    const old = { b: 1, a: { x: 1, y: 2 } };
    const next = { a: { z: 3, x: 1 }, b: 2 };
    expect(diffValues(old, next)).toEqual([
      { path: 'a.y', old: 2 }, { path: 'a.z', new: 3 }, { path: 'b', old: 1, new: 2 },
    ]);
  });

  test('lists of named items are matched by name, so reordering or inserting shows as such', () => {
    const old = deployment(1);
    const next = deployment(1, 'app:2');
    next.spec.template.spec.containers.reverse();
    next.spec.template.spec.containers.push({ name: 'debug', image: 'busybox' });
    expect(diffValues(old, next)).toEqual([
      { path: 'spec.template.spec.containers[name="web"].image', old: 'app:1', new: 'app:2' },
      { path: 'spec.template.spec.containers[name="debug"]', new: { name: 'debug', image: 'busybox' } },
    ]);
  });

  test('other lists by index; keys that are not identifiers are quoted; a changed type is one change', () => {
    expect(diffValues({ args: ['a', 'b'], labels: { 'app.kubernetes.io/name': 'x' } }, { args: ['a', 'c', 'd'], labels: { 'app.kubernetes.io/name': 'y' } }))
      .toEqual([
        { path: 'args[1]', old: 'b', new: 'c' }, { path: 'args[2]', new: 'd' },
        { path: 'labels["app.kubernetes.io/name"]', old: 'x', new: 'y' },
      ]);
    expect(diffValues({ port: 80 }, { port: { number: 80 } })).toEqual([{ path: 'port', old: 80, new: { number: 80 } }]);
  });
});

describe('diffObjects', () => {
  test('objects are matched by folder and identity (group, kind, namespace, name), not by version or order', () => {
    const crd = (version: string) => ({ apiVersion: `example.com/${version}`, kind: 'Widget', metadata: { name: 'w', namespace: 'apps' } });
    const diff = diffObjects(
      [at(deployment(1), 'dev'), at(deployment(1), 'prod'), at(crd('v1alpha1'), 'dev'), at({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'gone' } }, 'dev')],
      [at(crd('v1'), 'dev'), at(deployment(1), 'prod'), at(deployment(2), 'dev'), at({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'new', namespace: 'apps' } }, 'prod')],
    );
    expect(diff.unchanged).toBe(1);
    expect(diff.changes.map((c) => [c.status, c.folder, c.object.kind, c.fields])).toEqual([
      ['removed', 'dev', 'ConfigMap', []],
      ['changed', 'dev', 'Deployment', [{ path: 'spec.replicas', old: 1, new: 2 }]],
      ['changed', 'dev', 'Widget', [{ path: 'apiVersion', old: 'example.com/v1alpha1', new: 'example.com/v1' }]],
      ['added', 'prod', 'Service', []],
    ]);
  });

  test('Secret values are never shown, only which keys changed', () => {
    const secret = (data: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'apps' }, data, type: 'Opaque' });
    const diff = diffObjects([at(secret({ password: 'b2xk', token: 'dA==' }))], [at({ ...secret({ password: 'bmV3', user: 'dQ==' }), type: 'kubernetes.io/basic-auth' })]);
    expect(diff.changes[0].fields).toEqual([
      { path: 'data.password', old: '(redacted)', new: '(redacted)' }, { path: 'data.token', old: '(redacted)' },
      { path: 'data.user', new: '(redacted)' }, { path: 'type', old: 'Opaque', new: 'kubernetes.io/basic-auth' },
    ]);
  });

  test('equal sets have no changes', () => {
    expect(diffObjects([at(deployment(1))], [at(JSON.parse(JSON.stringify(deployment(1))))])).toEqual({ changes: [], unchanged: 1 });
  });
});

describe('rendering', () => {
  const diff = diffObjects([at(deployment(1), 'dev')], [at(deployment(2, 'a|b<c>'), 'dev'), at({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'apps' } }, 'dev')]);

  test('text: one line per object, its fields below, a summary', () => {
    expect(renderDiffText(diff)).toBe([
      '+ added dev: Namespace apps',
      '~ changed dev: Deployment apps/web',
      '    spec.replicas: 1 → 2',
      '    spec.template.spec.containers[name="web"].image: "app:1" → "a|b<c>"',
      '2 objects differ: 1 added, 0 removed, 1 changed, 0 unchanged',
      '',
    ].join('\n'));
    expect(renderDiffText({ changes: [], unchanged: 3 })).toBe('no differences: 3 objects\n');
  });

  test('markdown: a table per changed object, cells escaped so the table holds', () => {
    expect(renderDiffMarkdown(diff)).toBe([
      '## opkit diff', '', '**2 objects differ: 1 added, 0 removed, 1 changed, 0 unchanged**', '',
      '### Changed (1)', '',
      '#### dev: Deployment apps/web', '',
      '| field | old | new |', '|---|---|---|',
      '| <code>spec.replicas</code> | <code>1</code> | <code>2</code> |',
      '| <code>spec.template.spec.containers[name="web"].image</code> | <code>"app:1"</code> | <code>"a&#124;b&lt;c&gt;"</code> |',
      '', '### Added (1)', '', '- dev: Namespace apps', '',
    ].join('\n'));
  });
});
