import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { ReadLimits } from '../lib/validate/read-limits';
import { locateField, parseFieldPath, parseYaml, parseYamlBatches, ReadResult } from '../lib/validate/read-yaml';
import { parseInputBatches } from '../lib/validate/read-files';

// `opkit validate` reads a file a batch of documents at a time (parseYamlBatches); the batches together must be
// exactly what one parse of the whole text gives: objects, origins, findings and the lines `locateField` finds.

/** Some field paths of `object`: each top-level key, and a path down the first key at every level. */
function fieldPaths(object: Record<string, any>): string[] {
  const paths = Object.keys(object).map((k) => `[${k}]`);
  let path = '';
  let node: any = object;
  for (let depth = 0; depth < 6 && typeof node === 'object' && node !== null; depth++) {
    const keys = Array.isArray(node) ? node.map((_, i) => String(i)) : Object.keys(node);
    if (keys.length === 0 || keys[0].includes(']')) break;
    path += `[${keys[0]}]`;
    node = node[keys[0] as any];
    paths.push(path);
  }
  return paths.filter((p) => parseFieldPath(p).length > 0);
}

/** What a reading gives, with `locateField`'s answers (asked now, as the objects are distinct per reading). */
function observed(r: ReadResult) {
  return {
    manifests: r.manifests.map((m) => ({ object: m.object, origin: m.origin, at: [undefined, ...fieldPaths(m.object)].map((f) => locateField(m.object, f)) })),
    findings: r.findings,
  };
}

function batched(text: string, limits: ReadLimits, batchBytes: number) {
  const batches = [...parseYamlBatches(text, 'f.yaml', limits, batchBytes)];
  return { count: batches.length, result: { manifests: batches.flatMap((b) => b.manifests), findings: batches.flatMap((b) => b.findings) } };
}

/** Tiny batches and one batch agree, and `parseYaml` is one batch (the texts are far below a default batch). */
function expectSameReading(text: string, limits: ReadLimits, batchBytes: number): number {
  const { count, result } = batched(text, limits, batchBytes);
  const tiny = observed(result);
  const whole = [...parseYamlBatches(text, 'f.yaml', limits, Infinity)];
  expect(whole).toHaveLength(1);
  expect(tiny, JSON.stringify(text)).toEqual(observed(whole[0]));
  expect(tiny).toEqual(observed(parseYaml(text, 'f.yaml', limits)));
  return count;
}

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const scalar = fc.oneof(word, fc.integer(), fc.boolean(), fc.constantFrom('yes', '0777', '', 'a: b', '#x', '---', '...', 'multi\nline'));
const manifestValue = fc.record({
  apiVersion: fc.constantFrom('v1', 'apps/v1'),
  kind: fc.constantFrom('ConfigMap', 'Deployment'),
  metadata: fc.record({ name: word, labels: fc.dictionary(word, word, { maxKeys: 3 }) }),
  data: fc.dictionary(word, scalar, { maxKeys: 4 }),
  spec: fc.option(fc.record({ items: fc.array(fc.dictionary(word, scalar, { minKeys: 1, maxKeys: 2 }), { maxLength: 3 }) }), { nil: undefined }),
}, { requiredKeys: ['apiVersion', 'kind', 'metadata'] });

/** One document's text (without its `---` line), ending with a line break. */
const documentText = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(manifestValue, fc.boolean()).map(([m, indentSeq]) => stringify(m, { indentSeq, lineWidth: 0 })) },
  { weight: 2, arbitrary: fc.tuple(manifestValue, word).map(([m, c]) => `# ${c}\n${stringify(m)}  # trailing ${c}\n`) },
  fc.constantFrom(
    '', '\n', '# only a comment\n', '\n# comment\n\n',
    'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: item\n- 3\n',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup\n  name: again\n',
    'a: [1, 2\n', 'a:\n  b: 1\n c: 2\n', 'a: "unclosed\n', "a: 'unclosed\n", 'a: ]\n', 'a: 1\n\tb: 2\n', '{a: 1\n', '- a\nb: 1\n',
    'a: @x\n', ']{\n', 'just a string\n', '- a list\n', 'a: &x {b: 1}\nc: *x\n', '{"apiVersion": "v1", "kind": "ConfigMap"}\n',
    'data: |\n  block\n  ---\n  text\n', `big: "${'x'.repeat(300)}"\n`, 'kind: A\n... \n',
  ),
);
/** A document start line: `---` alone, with a space, tab or comment, or with content on it. */
const marker = fc.constantFrom('---\n', '---\n', '---\n', '--- \n', '---\t\n', '--- # start\n', '--- {kind: Inline}\n', '--- |\n  literal\n', '--- ]\n');

const fileText = fc.record({
  leading: fc.constantFrom('', '', '# leading comment\n', '\n\n', '# a\n\n# b\n', '%YAML 1.1\n', 'a: 1\n'),
  first: fc.constantFrom('', '---\n'),
  documents: fc.array(fc.tuple(marker, documentText), { minLength: 1, maxLength: 12 }),
  firstDocument: documentText,
  crlf: fc.boolean(),
  trailing: fc.constantFrom('', '', '---\n', '...\n', '# end\n'),
}).map(({ leading, first, firstDocument, documents, crlf, trailing }) => {
  const text = leading + first + firstDocument + documents.map(([m, d]) => m + d).join('') + trailing;
  return crlf ? text.replace(/\n/g, '\r\n') : text;
});

const LIMITS: ReadLimits = { maxDocumentBytes: 256 };

describe('parseYamlBatches', () => {
  test('batches of documents read what one parse of the text reads', () => {
    let split = 0;
    fc.assert(fc.property(fileText, fc.integer({ min: 1, max: 400 }), (text, batchBytes) => {
      if (expectSameReading(text, LIMITS, batchBytes) > 2) split++;
    }), { numRuns: 700 });
    expect(split).toBeGreaterThan(150); // about 245 of 700 in practice are split in 3 batches or more
  });

  test('so do batches of hostile text (syntax errors at document starts, unclosed quotes across `---` lines)', () => {
    const piece = fc.constantFrom('\n', '\r\n', ' ', '-', ':', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&a ', '*a', '!', '?', 'a',
      '1', '\t', '\\', '--- ', '---\n', '---\t', '---\r\n', '  ', 'k: v\n', 'k: v\nk: w\n', '- x\n', '|\n  ', '\n---\n', 'x: "y\n', '...\n',
      'apiVersion: v1\nkind: List\nitems:\n- a: 1\n', 'kind: A\nmetadata:\n  name: b\n');
    let split = 0;
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (pieces, batchBytes) => {
      if (expectSameReading(pieces.join(''), { maxDocumentBytes: 40 }, batchBytes) > 1) split++;
    }), { numRuns: 3000 });
    expect(split).toBeGreaterThan(30); // about 60 of 3,000: most such texts have an error at every `---`
  });

  test('a file of many documents comes in batches of about batchBytes, numbered and placed in the whole file', () => {
    const doc = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c-${i}\ndata:\n  key: v${i}\n`;
    const text = Array.from({ length: 1000 }, (_, i) => doc(i)).join('---\n');
    const batches = [...parseYamlBatches(text, 'f.yaml', {}, 4096)];
    expect(batches.length).toBeGreaterThan(15); // 80 KB in batches of 4 KB
    expect(Math.max(...batches.map((b) => b.manifests.length))).toBeLessThan(60);
    const all = batches.flatMap((b) => b.manifests);
    expect(all.map((m) => m.origin.documentIndex)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(all[999].origin).toEqual({ file: 'f.yaml', documentIndex: 999, line: 999 * 7 + 1, column: 1 });
    expect(locateField(all[999].object, 'data.key')).toEqual({ line: 999 * 7 + 6, column: 3 });
  });

  test('an error the yaml package gives the document before, and a quote left open across `---`, stay as in one parse', () => {
    const docs = Array.from({ length: 30 }, (_, i) => `kind: A\nmetadata:\n  name: a${i}\n`);
    for (const bad of ['--- ]{\n', "x: 'open\n---\n", '---\n}?b\n']) {
      const text = `${docs.slice(0, 15).join('---\n')}${bad}${docs.slice(15).join('---\n')}`;
      expectSameReading(text, {}, 64);
    }
  });

  test('a directive or a document end line keeps the text in one batch', () => {
    const docs = Array.from({ length: 50 }, (_, i) => `kind: A\nmetadata:\n  name: a${i}\n`).join('---\n');
    expect([...parseYamlBatches(docs, 'f', {}, 64)].length).toBeGreaterThan(10);
    expect([...parseYamlBatches(`%YAML 1.1\n---\n${docs}`, 'f', {}, 64)]).toHaveLength(1);
    expect([...parseYamlBatches(`${docs}...\n`, 'f', {}, 64)]).toHaveLength(1);
  });

  test('parseInputBatches decodes once and gives the same batches', () => {
    const text = Array.from({ length: 200 }, (_, i) => `kind: A\nmetadata:\n  name: é${i}\n`).join('---\n');
    const batches = [...parseInputBatches('f.yaml', Buffer.from(`\ufeff${text}`), {}, 256)];
    expect(batches.length).toBeGreaterThan(10);
    expect(observed({ manifests: batches.flatMap((b) => b.manifests), findings: batches.flatMap((b) => b.findings) }))
      .toEqual(observed(parseYaml(text, 'f.yaml')));
    expect([...parseInputBatches('f.yaml', Buffer.from(' \n'), {}, 256)]).toEqual([
      { manifests: [], findings: [{ severity: 'warning', rule: 'read.empty', message: 'file is empty: no objects', origin: { file: 'f.yaml' } }] },
    ]);
  });
});
