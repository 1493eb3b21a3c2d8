import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Document, LineCounter, parseAllDocuments, stringify } from 'yaml';
import { readPlainYaml, refusedRange } from '../lib/validate/read-plain-yaml';
import { KUBECTL_YAML, locateField, parseYaml } from '../lib/validate/read-yaml';

// The fast reader must read what the yaml package reads (values and positions), or leave the text to it.

const { schema, options } = new Document(null, KUBECTL_YAML);
const fast = (text: string) => readPlainYaml(text, schema!, options, 100);

/** The yaml path's reading: each document's value and the line and column of its content. */
function reference(text: string) {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { ...KUBECTL_YAML, uniqueKeys: false, lineCounter: lines } as never);
  if (!Array.isArray(docs)) return undefined;
  return docs.map((doc) => {
    if (doc.errors.length > 0) return { errors: doc.errors.map((e) => e.message) };
    const { line, col } = lines.linePos(doc.contents?.range[0] ?? doc.range[0]);
    return { value: doc.toJS(), line, column: col };
  });
}

function expectSameReading(text: string): boolean {
  const ours = fast(text);
  if (ours === undefined) return false;
  expect(ours.map(({ value, line, column }) => ({ value, line, column })), text).toEqual(reference(text));
  return true;
}

const TRICKY = [
  '', ' ', 'a: b', 'a:b', 'a #b', '#x', '- x', '-', '-x', '-1', '+1', ':x', '?x', 'yes', 'no', 'Yes', 'NO', 'on', 'Off', 'y', 'n', 'Y',
  'true', 'False', 'null', 'Null', '~', 'NULL', '0', '007', '0777', '0o7', '0x1F', '0b101', '1_000', '1.5', '.5', '1e3', '1E-3', '.inf',
  '-.Inf', '.nan', '1:20', '190:20:30.15', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '<<', '=', '"', "'", "it's", 'say "hi"',
  '\\', '%TAG', '---', '...', '@x', '`x', '!tag', '&anchor', '*alias', '|', '>', '[a]', '{a}', 'a,b', 'a, b', 'é', '日本語', '🙂',
  'line1\nline2', 'trail ', ' lead', 'x'.repeat(120), `${'word '.repeat(30)}end`, '__proto__', 'constructor', 'name', 'namespace',
];
const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 8 }), fc.stringMatching(/^[a-zA-Z0-9 .:/-]{0,12}$/));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(),
    fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(text, tie('value'), { maxKeys: 5 }),
}));
const manifest = fc.dictionary(text, value, { minKeys: 1, maxKeys: 6 });
const writeOptions = fc.record({
  version: fc.constantFrom<'1.1' | '1.2'>('1.1', '1.2'),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 80),
  aliasDuplicateObjects: fc.constant(false),
});

describe('the fast YAML reader', () => {
  test('reads what the yaml package reads from generated multi-document YAML, or leaves it to it', () => {
    let read = 0;
    fc.assert(fc.property(fc.array(manifest, { minLength: 1, maxLength: 4 }), writeOptions, fc.boolean(), (docs, opts, leading) => {
      const yaml = (leading ? '---\n' : '') + docs.map((d) => stringify(d, opts)).join('---\n');
      if (expectSameReading(yaml)) read++;
    }), { numRuns: 3000 });
    expect(read).toBeGreaterThan(300); // about 450 of 3,000 in practice: the generated strings are hostile
  });

  test('comment lines anywhere (any indentation), as Helm writes them, are read as the yaml package reads them', () => {
    const comment = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.stringMatching(/^[a-zA-Z0-9 #:'"|>-]{0,12}$/))
      .map(([indent, body]) => `${' '.repeat(indent)}#${body}`);
    let read = 0;
    fc.assert(fc.property(fc.array(manifest, { minLength: 1, maxLength: 3 }), writeOptions, fc.array(fc.tuple(fc.nat(), comment), { maxLength: 6 }),
      (docs, opts, comments) => {
        const lines = docs.map((d) => stringify(d, opts)).join('---\n').split('\n');
        for (const [at, line] of comments) lines.splice(at % (lines.length + 1), 0, line);
        if (expectSameReading(lines.join('\n'))) read++;
      }), { numRuns: 3000 });
    expect(read).toBeGreaterThan(100); // about 160 of 3,000: the generated strings are hostile
  });

  test.each([
    '---\n# Source: chart/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  # a comment\ndata:\n# at column 0\n  k: v\n',
    'a:\n  # between a key and its value\n  b: 1\n#\nc:\n  - x\n    # in a sequence\n  - y\n',
  ])('comment lines in %j', (text) => {
    expect(expectSameReading(text)).toBe(true);
  });

  test('a # after content on a line, or a document of comments only, is left to the yaml package', () => {
    for (const text of ['a: b # trailing\n', 'a: b#c\n', 'a: 1\n---\n# only a comment\n---\nb: 2\n', '# before the first marker\n---\na: 1\n']) {
      expect(fast(text), text).toBeUndefined();
    }
  });

  test('reads what the yaml package reads from plain Kubernetes-style documents', () => {
    const plainText = fc.oneof(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9.:/-]{0,10}$/), fc.constantFrom('e0', 'E+5', 'n', 'No', '1e3', '0777'));
    const plainDoc = fc.dictionary(plainText, fc.oneof(plainText, fc.integer(), fc.boolean(), fc.array(plainText, { maxLength: 3 }),
      fc.dictionary(plainText, fc.oneof(plainText, fc.array(fc.dictionary(plainText, plainText, { maxKeys: 3 }), { maxLength: 3 })), { maxKeys: 3 })),
    { minKeys: 1, maxKeys: 6 });
    let read = 0;
    fc.assert(fc.property(fc.array(plainDoc, { minLength: 1, maxLength: 3 }), writeOptions, (docs, opts) => {
      if (expectSameReading(docs.map((d) => stringify(d, opts)).join('---\n'))) read++;
    }), { numRuns: 1000 });
    expect(read).toBeGreaterThan(250); // about 390 of 1,000: keys such as `No` or `e0` are not strings in YAML 1.1
  });

  test.each([
    'a: yes\nb: 0777\nc: 0x1F\nd: 1_000\ne: 1:20\nf: 2001-12-14\ng: .inf\nh: ~\ni: -1\nj: -x\nk: :x\nl: ?x\nm:\n',
    'spec:\n  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n  - name: b\n',
    '"q": "x y"\n\'it\'\'s\': \'a \'\'b\'\'\'\nempty: ""\nmap: {}\nlist: []\n',
    '---\na: 1\n---\nb:\n  c: 2\n',
    'a:\n  - x\n  -\n    y: 1\n  - - nested\n',
    'key : v\n', 'a: 1\n---\n', 'a: 1\n---\n\n---\nb: 2\n', 'a: "x" b\n', "a: 'x' 'y'\n", 'a: b: c\n', 'a: [1, 2]\n', 'a: |\n  x\n',
    'a: b\n  c\n', '- a\n- b\n', 'yes: 1\n', '1: a\n', '<<: {}\n', 'a: 1\na: 2\n', 'a:\tb\n', 'a: x # c\n', '__proto__: 1\n',
    '  a: 1\n  b: 2\n', 'a:\n b: 1\n  c: 2\n', 'a:\n  b: 1\n c: 2\n',
  ])('agrees with the yaml package, or leaves it to it: %j', (yaml) => {
    const ours = fast(yaml);
    if (ours === undefined) return;
    expect(ours.map(({ value: v, line, column }) => ({ value: v, line, column }))).toEqual(reference(yaml));
  });

  test('the subset it reads: what cdk8s and kubectl write', () => {
    expect(fast('a: yes\nb: 0777\nm:\n')).toBeDefined();
    expect(fast('spec:\n  containers:\n  - name: a\n    ports:\n    - containerPort: 80\n  - name: b\n')).toBeDefined();
    expect(fast('---\na: 1\n---\nb:\n  c: 2\n')).toBeDefined();
    for (const left of ['a: 1\n---\n', 'a: x # c\n', 'yes: 1\n', 'a: 1\na: 2\n', 'a: b\n  c\n']) expect(fast(left), left).toBeUndefined();
  });

  test('parseYaml gives the same manifests, origins and field lines on both paths', () => {
    const objects = [
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', labels: { x: 'yes' } }, data: { k: '0777' } },
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'b' }, spec: { replicas: 3, template: { spec: { containers: [{ name: 'c', image: 'x:1' }] } } } },
    ];
    const yaml = `---\n${objects.map((o) => stringify(o)).join('---\n')}`;
    const viaFast = parseYaml(yaml, 'f.yaml');
    const viaYaml = parseYaml(`${yaml}# a comment: the yaml package reads this text\n`, 'f.yaml');
    expect(fast(yaml)).toBeDefined();
    expect(viaFast).toEqual(viaYaml);
    const fields = ['spec.replicas', 'spec.template.spec.containers[0].image', 'metadata.labels[x]', 'data.k', 'spec.missing'];
    for (const [i, field] of fields.entries()) {
      const at = (r: typeof viaFast) => locateField(r.manifests[field.startsWith('spec') ? 1 : 0].object, field);
      expect(at(viaFast), `${i} ${field}`).toEqual(at(viaYaml));
      expect(at(viaFast)).toBeDefined();
    }
  });
});

describe('refusedRange: where a run of documents the fast reader can read begins and ends', () => {
  const text = 'a: 1\n---\nb: x # comment\n---\nc: 2\n---\nd: |\n  block\n---\ne: 3\n';
  test('the first and last refused character in the window, in offsets of the whole text', () => {
    // A `#` after content refuses its line (from the line's start); a comment line alone would not.
    expect(refusedRange(text, 0, text.length)).toEqual({ first: text.indexOf('b: x'), last: text.indexOf('|') });
    expect(refusedRange(text, 0, text.indexOf('---\nc'))).toEqual({ first: text.indexOf('b: x'), last: text.indexOf('b: x') });
    expect(refusedRange('a: 1\n  # comment\n', 0, 18)).toBeUndefined();
    expect(refusedRange(text, text.indexOf('c: 2'), text.indexOf('---\nd'))).toBeUndefined();
    expect(refusedRange(text, text.indexOf('e: 3'), text.length)).toBeUndefined();
  });
  test('line-start rules (directives, markers with content) and characters that are not printable', () => {
    expect(refusedRange('a: 1\n%YAML 1.1\n', 0, 15)).toEqual({ first: 5, last: 5 });
    expect(refusedRange('a: 1\n--- b\n', 0, 11)).toEqual({ first: 5, last: 5 });
    expect(refusedRange('a: "x\u0007"\n', 0, 9)).toEqual({ first: 5, last: 5 });
  });
});
