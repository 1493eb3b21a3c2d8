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
});
