import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readManifestTree } from '../lib/gitops/manifest-files';
import { createApp } from '../main';
import { tempDir } from './helpers';

// Checks run on the rendered objects rather than on a re-read of the written files (for speed); that is only
// sound while the written YAML reads back to exactly those objects, file by file and document by document.
describe('what the checks see is what Argo CD will read', () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('every checked object equals the document read back from its file, for the whole reference app', () => {
    const out = path.join(dir, 'dist');
    const result = createApp({ outdir: out, log: () => {} }).synth();
    const read = readManifestTree(out, result.outdir);
    expect(read.findings).toEqual([]);
    const key = (m: { origin: { file?: string; documentIndex?: number } }) => `${m.origin.file}#${m.origin.documentIndex}`;
    const checked = new Map(result.manifests.map((m) => [key(m), m.object]));
    expect(read.manifests.length).toBe(result.manifests.length);
    for (const m of read.manifests) expect(checked.get(key(m)), key(m)).toEqual(m.object);
  });

  test('reading the previous output reuses the objects of files whose text is unchanged, and parses the others', () => {
    const out = path.join(dir, 'known');
    fs.mkdirSync(path.join(out, 'dev'), { recursive: true });
    const same = 'kind: A\nmetadata:\n  name: a\n---\nkind: B\n';
    fs.writeFileSync(path.join(out, 'dev', 'same.yaml'), same);
    fs.writeFileSync(path.join(out, 'dev', 'changed.yaml'), 'kind: C\nspec:\n  replicas: 3\n');
    const knownObjects = [{ kind: 'A', metadata: { name: 'a' } }, { kind: 'B' }];
    const known = new Map([
      ['dev/same.yaml', { text: same, objects: knownObjects }],
      ['dev/changed.yaml', { text: 'kind: C\nspec:\n  replicas: 2\n', objects: [{ kind: 'C', spec: { replicas: 2 } }] }],
    ]);
    const read = readManifestTree(out, 'dist', known);
    expect(read.findings).toEqual([]);
    expect(read.manifests).toEqual([
      { object: { kind: 'C', spec: { replicas: 3 } }, origin: { file: 'dist/dev/changed.yaml', documentIndex: 0 } },
      { object: { kind: 'A', metadata: { name: 'a' } }, origin: { file: 'dist/dev/same.yaml', documentIndex: 0 } },
      { object: { kind: 'B' }, origin: { file: 'dist/dev/same.yaml', documentIndex: 1 } },
    ]);
    expect(read.manifests[1].object).toBe(knownObjects[0]); // not parsed again
    expect(readManifestTree(out, 'dist').manifests).toEqual(read.manifests);
  });

  test('in a changed file, the documents written now are not parsed again: only the others are', () => {
    const out = path.join(dir, 'documents');
    fs.mkdirSync(out, { recursive: true });
    const docs = (replicas: number[]) => replicas.map((r, i) => `kind: C\nmetadata:\n  name: c${i}\nspec:\n  replicas: ${r}\n`);
    const now = docs([1, 2, 3, 4]);
    const objects = now.map((_, i) => ({ kind: 'C', metadata: { name: `c${i}` }, spec: { replicas: i + 1 } }));
    const known = new Map([['f.yaml', { text: now.join('---\n'), objects }]]);
    // The previous output: c1 had 5 replicas, c3 was not there yet and a c9 was.
    const before = [now[0], docs([0, 5])[1], now[2], 'kind: C\nmetadata:\n  name: c9\n'];
    const read = (text: string) => {
      fs.writeFileSync(path.join(out, 'f.yaml'), text);
      return { withKnown: readManifestTree(out, 'dist', known), parsed: readManifestTree(out, 'dist') };
    };
    const { withKnown, parsed } = read(before.join('---\n'));
    expect(withKnown).toEqual(parsed);
    expect(withKnown.manifests.map((m) => m.object.spec?.replicas ?? null)).toEqual([1, 5, 3, null]);
    expect(withKnown.manifests[0].object).toBe(objects[0]);
    expect(withKnown.manifests[2].object).toBe(objects[2]);
    // Other document markers, an empty document, a syntax error: the whole file is parsed, with the same result.
    for (const text of [`--- \n${before.join('---\n')}`, `${before.join('--- # c\n')}`, `${now[0]}---\n---\n${now[1]}`, `${now[0]}---\nkind: [\n`]) {
      const again = read(text);
      expect(again.withKnown).toEqual(again.parsed);
      expect(again.withKnown.manifests.every((m) => !objects.includes(m.object as any))).toBe(true);
    }
  });
});
