import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError, locateField, parseYaml, readInputs } from '../lib/internal';
import { tempDir } from './helpers';

const FIXTURES = path.join(__dirname, 'fixtures', 'validate');
const dir = tempDir('opkit-reader-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};
const msgs = (r: { findings: { rule: string; message: string; origin?: any }[] }) =>
  r.findings.map((f) => `${f.origin?.line ?? '-'}:${f.origin?.column ?? '-'} ${f.rule} ${f.message}`);

describe('reading manifests', () => {
  test('multi-document files give every object its file, document index, line and column', () => {
    const r = parseYaml('# comment\napiVersion: v1\nkind: A\n---\n---\napiVersion: v1\nkind: B\n', 'x.yaml');
    expect(r.findings).toEqual([]);
    expect(r.manifests.map((m) => [m.object.kind, m.origin])).toEqual([
      ['A', { file: 'x.yaml', documentIndex: 0, line: 2, column: 1 }],
      ['B', { file: 'x.yaml', documentIndex: 2, line: 6, column: 1 }],
    ]);
  });

  test('a malformed document is reported with line and column and the others are still read', () => {
    const r = readInputs([path.join(FIXTURES, 'broken.yaml')]);
    expect(r.manifests.map((m) => m.object.metadata.name)).toEqual(['first', 'third']);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'error', rule: 'read.yaml', origin: { file: path.join(FIXTURES, 'broken.yaml'), documentIndex: 1 } });
    expect(r.findings[0].message).toMatch(/^invalid YAML: /);
    expect(r.findings[0].origin!.line).toBeGreaterThanOrEqual(7);
  });

  test('scalars are read as kubectl reads them (YAML 1.1: yes/no booleans, octal, merge keys; timestamps stay strings)', () => {
    const r = parseYaml('apiVersion: v1\nkind: A\nbool: yes\nnorway: no\noctal: 0755\nquoted: "yes"\nday: 2001-12-14\ntime: 1:20\nbase: &b {x: 1}\nmerged:\n  <<: *b\n  z: 2\n', 'k.yaml');
    expect(r.findings).toEqual([]);
    expect(r.manifests[0].object).toEqual({ apiVersion: 'v1', kind: 'A', bool: true, norway: false, octal: 493, quoted: 'yes', day: '2001-12-14', time: '1:20', base: { x: 1 }, merged: { x: 1, z: 2 } });
  });

  test('duplicate mapping keys are errors, as strict decoding refuses them', () => {
    const r = parseYaml('apiVersion: v1\nkind: A\nkind: B\n', 'dup.yaml');
    expect(r.manifests).toEqual([]);
    expect(msgs(r)).toEqual(['3:1 read.yaml invalid YAML: duplicate mapping key (as strict decoding refuses)']);
  });

  test('__proto__, constructor and prototype stay plain data and never reach a prototype', () => {
    const r = parseYaml('apiVersion: v1\nkind: A\n__proto__: {polluted: yes}\nconstructor: x\nprototype: y\n', 'p.yaml');
    const o = r.manifests[0].object;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['apiVersion', 'kind', '__proto__', 'constructor', 'prototype']);
    expect((o as any).polluted).toBeUndefined();
    expect(({} as any).polluted).toBeUndefined();
  });

  test('a document that is not a mapping is reported', () => {
    expect(msgs(parseYaml('- a\n- b\n', 'l.yaml'))).toEqual(['1:1 read.not-object document is a list, not a Kubernetes object (a mapping with apiVersion and kind)']);
    expect(msgs(parseYaml('just text\n', 's.yaml'))).toEqual(['1:1 read.not-object document is a string, not a Kubernetes object (a mapping with apiVersion and kind)']);
  });

  test('an alias bomb ("billion laughs") is stopped with a clear error', () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const p = String.fromCharCode(96 + i);
      rows.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${p}`).join(',')}]`);
    }
    const started = Date.now();
    const r = parseYaml(rows.join('\n'), 'bomb.yaml');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(msgs(r)).toEqual(['1:1 read.aliases too many alias expansions (more than 100): the document looks like a "billion laughs" attack; inline the repeated values']);
  });

  test('deep flow nesting is refused at once, before parsing, with the limit and the place', () => {
    const started = Date.now();
    const r = parseYaml(`a: ${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'deep.yaml');
    expect(Date.now() - started).toBeLessThan(500);
    expect(msgs(r)).toEqual(['1:1004 read.depth nesting deeper than 1000 levels; flatten the document (the limit protects the checks from stack exhaustion)']);
  });

  test('deep block nesting is refused without a stack overflow', () => {
    const started = Date.now();
    const deep = parseYaml(`${'- '.repeat(30_000)}x\n`, 'deep-block.yaml');
    expect(Date.now() - started).toBeLessThan(10_000);
    // The parser itself runs out of stack: the message says so instead of claiming the limit was passed (at 450
    // levels of a nested structure it was not).
    expect(deep.findings.map((f) => [f.rule, f.message])).toEqual([['read.depth', "nesting too deep for the YAML parser: it ran out of stack here (opkit's limit is 1000 levels, but the parser's stack can end first); flatten the document"]]);
    // Within the parser's reach but above the limit: measured on the value, without recursion either.
    const indented = Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(msgs(parseYaml(indented, 'indented.yaml', { maxDepth: 50 }))).toEqual(['1:1 read.depth nesting deeper than 50 levels; flatten the document (the limit protects the checks from stack exhaustion)']);
  });

  test('the depth, document and alias limits can be set', () => {
    expect(msgs(parseYaml('a: {b: {c: 1}}', 'x.yaml', { maxDepth: 2 }))).toEqual(['1:1 read.depth nesting deeper than 2 levels; flatten the document (the limit protects the checks from stack exhaustion)']);
    expect(msgs(parseYaml(`apiVersion: v1\nkind: A\ndata: {a: "${'x'.repeat(200)}"}\n`, 'x.yaml', { maxDocumentBytes: 100 })))
      .toEqual(['1:1 read.document-size document larger than 100 bytes (237), the limit for one object; it was not parsed']);
    expect(msgs(parseYaml('a: &x 1\nb: [*x, *x, *x]\n', 'x.yaml', { maxAliasCount: 2 }))[0]).toMatch(/read\.aliases too many alias expansions \(more than 2\)/);
  });

  test('empty files are a warning; binary and non-UTF-8 input is refused with its position', () => {
    const empty = write('empty.yaml', '  \n');
    const binary = write('bin.yaml', Buffer.from([0x61, 0x3a, 0x0a, 0x00, 0x01]));
    const latin1 = write('latin1.yaml', Buffer.concat([Buffer.from('apiVersion: v1\nkind: A\nname: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const r = readInputs([empty, binary, latin1]);
    expect(r.manifests).toEqual([]);
    expect(r.findings.map((f) => [path.basename(f.origin!.file!), f.severity, f.message, f.origin!.line, f.origin!.column])).toEqual([
      ['empty.yaml', 'warning', 'file is empty: no objects', undefined, undefined],
      ['bin.yaml', 'error', 'binary content (a NUL byte), not YAML', 2, 1],
      ['latin1.yaml', 'error', 'not valid UTF-8 (YAML manifests must be UTF-8); re-encode the file', 3, 10],
    ]);
  });

  test('a file above the size limit is refused without being parsed', () => {
    const big = write('big.yaml', `a: "${'x'.repeat(2000)}"\n`);
    expect(readInputs([big], { maxFileBytes: 1000 }).findings.map((f) => f.message)).toEqual(['file larger than 1000 bytes, the limit for one input']);
  });

  test('folders are read recursively for .yaml, .yml and .json, in order', () => {
    write('tree/b.yml', 'apiVersion: v1\nkind: B\n');
    write('tree/sub/a.json', '{"apiVersion": "v1", "kind": "A"}');
    write('tree/sub/c.yaml', 'apiVersion: v1\nkind: C\n');
    write('tree/readme.md', '# not read');
    const r = readInputs([path.join(dir, 'tree')]);
    expect(r.manifests.map((m) => [path.relative(dir, m.origin.file!), m.object.kind])).toEqual([
      ['tree/b.yml', 'B'], ['tree/sub/a.json', 'A'], ['tree/sub/c.yaml', 'C'],
    ]);
  });

  test('stdin is read for "-"', () => {
    const r = readInputs(['-'], { readStdin: () => Buffer.from('apiVersion: v1\nkind: A\n') });
    expect(r.manifests[0].origin).toEqual({ file: '<stdin>', documentIndex: 0, line: 1, column: 1 });
  });

  test('missing paths and folders without YAML are input errors', () => {
    expect(() => readInputs([path.join(dir, 'nope.yaml')])).toThrow(InputError);
    expect(() => readInputs([path.join(dir, 'nope.yaml')])).toThrow(/nope\.yaml: no such file or folder/);
    fs.mkdirSync(path.join(dir, 'empty-dir'));
    expect(() => readInputs([path.join(dir, 'empty-dir')])).toThrow(/folder contains no \.yaml, \.yml or \.json file/);
  });

  test('locateField maps a field path back to its line and column', () => {
    const r = parseYaml('apiVersion: v1\nkind: A\nspec:\n  items:\n    - name: a\n    - name: b\n      port: 80\n  labels:\n    app.kubernetes.io/name: x\n', 'l.yaml');
    const o = r.manifests[0].object;
    expect(locateField(o, 'spec.items[1].port')).toEqual({ line: 7, column: 7 });
    expect(locateField(o, 'spec.labels[app.kubernetes.io/name]')).toEqual({ line: 9, column: 5 });
    expect(locateField(o, 'spec.items[1].missing')).toEqual({ line: 6, column: 7 }); // nearest existing ancestor
    expect(locateField({}, 'spec')).toBeUndefined();
  });
});
