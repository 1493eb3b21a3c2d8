// `opkit validate` holds one file's objects at a time (lib/cli/validate-stream.ts): a corpus validates in a heap
// far smaller than its objects need. A heap limit, not a time or an RSS figure, so the test cannot be flaky on a
// busy machine; peak RSS of the bench's corpus and of four times it are in `npm run bench -- --only validate`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, tempDir } from './helpers';

const dir = tempDir('opkit-memory-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const FILES = 200;
const PER_FILE = 400;
// About twice what the streamed CLI needs for these 80,000 objects (it fails at 20 MiB), and well below what
// holding them all needs (the CLI before streaming, and --policy now, fail at 64 MiB).
const HEAP_MIB = 40;

const configMap = (f: number, i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c-${i}\n  namespace: team-${f}\n  labels:\n    app: a${i}\ndata:\n  key: ${f === FILES - 1 && i === PER_FILE - 1 ? '[not, a, string]' : `value-${i}`}\n  other: "${f}-${i}"\n`;

describe('opkit validate memory', () => {
  beforeAll(() => {
    for (let f = 0; f < FILES; f++) {
      const docs = Array.from({ length: PER_FILE }, (_, i) => configMap(f, i));
      // the last file repeats the first file's first object: a duplicate found across 199 files
      if (f === FILES - 1) docs.push(configMap(0, 0));
      fs.writeFileSync(path.join(dir, `team-${String(f).padStart(3, '0')}.yaml`), docs.join('---\n'));
    }
  });
  const run = (...args: string[]) => spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, path.join(ROOT, 'bin', 'opkit.js'), 'validate', ...args, dir], { encoding: 'utf8' });

  test(`80,000 objects in ${FILES} files validate in a ${HEAP_MIB} MiB heap, duplicates across files still found`, () => {
    const r = run();
    expect(r.stderr).toBe('');
    const last = path.join(dir, `team-${FILES - 1}.yaml`);
    expect(r.stdout.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${last}:\\d+:3: error: document ${PER_FILE}: ConfigMap team-${FILES - 1}/c-${PER_FILE - 1}: data\\.key: Invalid value: "array"`)),
      expect.stringMatching(new RegExp(`^${last}:\\d+:1: error: document ${PER_FILE + 1}: ConfigMap team-0/c-0: Duplicate value: .* also defined at ${path.join(dir, 'team-000.yaml')}:1 \\(document 1\\)`)),
      `invalid: ${FILES * PER_FILE + 1} objects, 2 errors, 0 warnings`,
      '',
    ]);
    expect(r.status).toBe(1);
  });

  test('the heap is too small to hold every object: --policy, which keeps them for its checks across objects, runs out', () => {
    const r = run('--policy');
    expect(r.status).not.toBe(1);
    expect(r.stderr).toMatch(/heap out of memory/i);
  });
});
