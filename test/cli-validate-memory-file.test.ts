// `opkit validate` holds one batch of a file's documents at a time (parseYamlBatches, lib/cli/validate-stream.ts):
// ONE file of 80,000 objects validates in a heap far smaller than its objects need. A heap limit, not a time or
// an RSS figure, so the test cannot be flaky on a busy machine (as test/cli-validate-memory.test.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, tempDir } from './helpers';

const dir = tempDir('opkit-memory-file-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const OBJECTS = 80_000;
const BAD = OBJECTS - 10; // its data.key is a list
const KEYS = 16; // data keys besides `key`: objects large enough that holding them all needs far more than the rest
// The file is 30 MB. Batch by batch it validates in 68 MiB of old space (fails at 64: the file's text, the
// identity and origin of each object for duplicates, and the CLI itself stay); read at once it fails at 136 MiB
// (batching off: passes at 144; the CLI before batching: fails at 160, passes at 176), and --policy, which keeps
// every object, fails here too.
const HEAP_MIB = 112;
/** Lines per document, its `---` line included. */
const LINES = 10 + KEYS;

const configMap = (i: number) => [
  'apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: c-${i}`, `  namespace: team-${i % 50}`, '  labels:', `    app: a${i}`, 'data:',
  `  key: ${i === BAD ? '[not, a, string]' : `value-${i}`}`, ...Array.from({ length: KEYS }, (_, k) => `  k${k}: v${k}-${i}`),
].join('\n');

describe('opkit validate memory, one large file', () => {
  const file = path.join(dir, 'all.yaml');
  beforeAll(() => {
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < OBJECTS; i++) fs.writeSync(fd, `${configMap(i)}\n---\n`);
    fs.writeSync(fd, `${configMap(0)}\n`); // the first object again: a duplicate, 80,000 documents later
    fs.closeSync(fd);
  });
  const run = (...args: string[]) => spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, path.join(ROOT, 'bin', 'opkit.js'), 'validate', ...args, file], { encoding: 'utf8' });

  test(`a file of ${OBJECTS.toLocaleString('en')} objects validates in a ${HEAP_MIB} MiB heap, with the lines and documents of the whole file`, () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      `${file}:${BAD * LINES + 9}:3: error: document ${BAD + 1}: ConfigMap team-${BAD % 50}/c-${BAD}: data.key: Invalid value: "array": data.key in body must be of type string: "array" [schema.type]`,
      `${file}:${OBJECTS * LINES + 1}:1: error: document ${OBJECTS + 1}: ConfigMap team-0/c-0: Duplicate value: the same object (group, kind, namespace, name) is also defined at ${file}:1 (document 1); the later one would overwrite it [object.duplicate]`,
      `invalid: ${OBJECTS + 1} objects, 2 errors, 0 warnings`,
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
