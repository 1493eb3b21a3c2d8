// `opkit validate` holds one file's objects at a time (lib/cli/validate-stream.ts), and of a file one batch of its
// documents (parseYamlBatches): a corpus, and one large file, validate in a heap far smaller than their objects
// need. A heap limit, not a time or an RSS figure, so the tests cannot be flaky on a busy machine; peak RSS of the
// bench's corpus, of four times it and of it in one file are in `npm run bench -- --only validate`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, tempDir } from './helpers';

const dir = tempDir('opkit-memory-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `opkit validate ARGS... TARGET` in a node whose old space is limited to `heapMiB`. */
const validateInHeap = (heapMiB: number, target: string, ...args: string[]) =>
  spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, path.join(ROOT, 'bin', 'opkit.js'), 'validate', ...args, target], { encoding: 'utf8' });

/** With --policy, whose rules look across objects, every object is kept: the same heap runs out. */
function policyRunsOut(heapMiB: number, target: string): void {
  const r = validateInHeap(heapMiB, target, '--policy');
  expect(r.status).not.toBe(1);
  expect(r.stderr).toMatch(/heap out of memory/i);
}

const FILES = 200;
const PER_FILE = 400;
// About twice what the streamed CLI needs for these 80,000 objects (it fails at 20 MiB), and well below what
// holding them all needs (the CLI before streaming, and --policy now, fail at 64 MiB).
const HEAP_MIB = 40;

const configMap = (f: number, i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c-${i}\n  namespace: team-${f}\n  labels:\n    app: a${i}\ndata:\n  key: ${f === FILES - 1 && i === PER_FILE - 1 ? '[not, a, string]' : `value-${i}`}\n  other: "${f}-${i}"\n`;

describe('opkit validate memory, a corpus of files', () => {
  const corpus = path.join(dir, 'corpus');
  beforeAll(() => {
    fs.mkdirSync(corpus);
    for (let f = 0; f < FILES; f++) {
      const docs = Array.from({ length: PER_FILE }, (_, i) => configMap(f, i));
      // the last file repeats the first file's first object: a duplicate found across 199 files
      if (f === FILES - 1) docs.push(configMap(0, 0));
      fs.writeFileSync(path.join(corpus, `team-${String(f).padStart(3, '0')}.yaml`), docs.join('---\n'));
    }
  });

  test(`80,000 objects in ${FILES} files validate in a ${HEAP_MIB} MiB heap, duplicates across files still found`, () => {
    const r = validateInHeap(HEAP_MIB, corpus);
    expect(r.stderr).toBe('');
    const last = path.join(corpus, `team-${FILES - 1}.yaml`);
    expect(r.stdout.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${last}:\\d+:3: error: document ${PER_FILE}: ConfigMap team-${FILES - 1}/c-${PER_FILE - 1}: data\\.key: Invalid value: "array"`)),
      expect.stringMatching(new RegExp(`^${last}:\\d+:1: error: document ${PER_FILE + 1}: ConfigMap team-0/c-0: Duplicate value: .* also defined at ${path.join(corpus, 'team-000.yaml')}:1 \\(document 1\\)`)),
      `invalid: ${FILES * PER_FILE + 1} objects, 2 errors, 0 warnings`,
      '',
    ]);
    expect(r.status).toBe(1);
  });

  test('the heap is too small to hold every object: --policy, which keeps them for its checks across objects, runs out', () => {
    policyRunsOut(HEAP_MIB, corpus);
  });
});

const OBJECTS = 80_000;
const BAD = OBJECTS - 10; // its data.key is a list
const KEYS = 16; // data keys besides `key`: objects large enough that holding them all needs far more than the rest
// The file is 30 MB. Batch by batch it validates in 68 MiB of old space (fails at 64: the file's text, the
// identity and origin of each object for duplicates, and the CLI itself stay); read at once it fails at 136 MiB
// (batching off: passes at 144; the CLI before batching: fails at 160, passes at 176), and --policy, which keeps
// every object, fails here too.
const FILE_HEAP_MIB = 112;
/** Lines per document, its `---` line included. */
const LINES = 10 + KEYS;

const largeConfigMap = (i: number) => [
  'apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: c-${i}`, `  namespace: team-${i % 50}`, '  labels:', `    app: a${i}`, 'data:',
  `  key: ${i === BAD ? '[not, a, string]' : `value-${i}`}`, ...Array.from({ length: KEYS }, (_, k) => `  k${k}: v${k}-${i}`),
].join('\n');

describe('opkit validate memory, one large file', () => {
  const file = path.join(dir, 'all.yaml');
  beforeAll(() => {
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < OBJECTS; i++) fs.writeSync(fd, `${largeConfigMap(i)}\n---\n`);
    fs.writeSync(fd, `${largeConfigMap(0)}\n`); // the first object again: a duplicate, 80,000 documents later
    fs.closeSync(fd);
  });

  test(`a file of ${OBJECTS.toLocaleString('en')} objects validates in a ${FILE_HEAP_MIB} MiB heap, with the lines and documents of the whole file`, () => {
    const r = validateInHeap(FILE_HEAP_MIB, file);
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
    policyRunsOut(FILE_HEAP_MIB, file);
  });
});
