import * as fs from 'node:fs';
import * as path from 'node:path';
import { Yaml } from 'cdk8s';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { emitDocument, stringifyDocument, stringifyDocuments } from '../lib/gitops/plain-yaml';
import { ROOT } from './helpers';

// The direct emitter must write what cdk8s's Yaml.stringify (the `yaml` package) writes, byte for byte.

/** Strings that change how YAML writes a scalar: indicators, YAML 1.1 booleans and numbers, spaces, lines, unicode. */
const TRICKY = [
  '', ' ', '  lead', 'trail ', 'a: b', 'a:b', 'a :b', 'key:', 'a #b', 'a#b', '#x', '- x', '-', '?', '? x', '-x', ':x',
  'yes', 'no', 'Yes', 'NO', 'on', 'Off', 'y', 'n', 'Y', 'true', 'False', 'null', 'Null', '~', 'NULL',
  '0', '1', '-1', '+1', '007', '0o7', '0x1F', '0b101', '1_000', '1.5', '.5', '1e3', '1E-3', '.inf', '-.Inf', '.nan',
  '1:20', '190:20:30.15', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '<<', '=', '"', "'", `it's`, 'say "hi"',
  `"both' quotes"`, '\\', '\\n', 'a\\"b', '%TAG', '---', '...', 'a\n---\nb', '@x', '`x', '!tag', '&anchor', '*alias',
  '|', '>', '[a]', '{a}', 'a,b', 'a, b', '*', 'é', 'ünïcödé', '日本語', '🙂', 'a\u2028b', '\u00a0', 'tab\there', '\ttab',
  'line1\nline2', 'line1\nline2\n', 'line1\nline2\n\n', '\nlead newline', '  indented\nsecond', 'a\n\n\nb', 'a \nb', 'a\n b',
  'x\n', 'x\n ', 'x  \n', 'x\n\n', '\n', '\n\n', 'a\tb\nc', 'end with colon:\nx', '#!/bin/sh\necho hi\n',
  'x'.repeat(200), `${'word '.repeat(60)}end`, `${'long line '.repeat(40)}\n${'next '.repeat(40)}`, 'k'.repeat(1100),
  'ctrl\u0007', 'nul\u0000', 'del\u007f', 'lone \ud800 surrogate', 'a\r\nb',
];

const trickyString = fc.oneof(fc.constantFrom(...TRICKY), fc.string(), fc.string({ unit: 'grapheme' }),
  fc.stringMatching(/^[ -~\n]{0,12}$/));
const scalar = fc.oneof(trickyString, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, 1.5e-7, Number.MAX_SAFE_INTEGER), fc.boolean(), fc.constant(null));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(trickyString, tie('value'), { maxKeys: 5 }),
}));
const document = fc.dictionary(trickyString, value, { maxKeys: 6 });

describe('the direct YAML emitter', () => {
  test('writes what Yaml.stringify writes, for any plain JSON document (falling back where it must)', () => {
    fc.assert(fc.property(document, (doc) => {
      expect(stringifyDocument(doc)).toBe(Yaml.stringify(doc));
    }), { numRuns: 3000 });
  });

  test('writes documents itself, not by falling back, wherever they are in its subset', () => {
    // Strings without control characters, document markers, keep-chomped or whitespace-ended blocks.
    const tame = fc.stringMatching(/^[ -~]{0,10}(\n[ -~]{1,10}){0,2}$/)
      .filter((s) => !/^(%|---|\.\.\.)/m.test(s) && !/\n[\t ]+$/.test(s));
    const tameDoc = fc.dictionary(tame.filter((s) => !s.includes('\n')), fc.oneof(tame, fc.integer(), fc.boolean(),
      fc.array(fc.oneof(tame, fc.dictionary(fc.constantFrom('a', 'b: c', 'yes'), tame))), fc.dictionary(tame, tame, { maxKeys: 0 }), fc.array(tame, { maxLength: 0 })));
    fc.assert(fc.property(tameDoc, (doc) => {
      const emitted = emitDocument(doc);
      expect(emitted).toBeDefined();
      expect(emitted).toBe(Yaml.stringify(doc));
    }), { numRuns: 2000 });
  });

  test.each(TRICKY)('a tricky string as key, value and list item: %j', (s) => {
    const doc = { [s]: s, list: [s, { [s]: [s] }], nested: { deeper: { value: s } } };
    expect(stringifyDocument(doc)).toBe(Yaml.stringify(doc));
  });

  test('falls back to the yaml package outside its subset, and still writes the same', () => {
    const shared = { a: 1 };
    for (const doc of [{ x: shared, y: shared }, { u: undefined }, { d: new Date(0) }, { n: Number.NaN }, { i: Infinity },
      { big: 10n }, { ['k'.repeat(1100)]: 1 }, { 'multi\nline key': 1 }, { keep: 'x\n\n' }, { ctrl: '\u0007' }, [1, 2], 'scalar']) {
      expect(emitDocument(doc), JSON.stringify(doc, (_, v) => (typeof v === 'bigint' ? String(v) : v))).toBeUndefined();
      expect(stringifyDocument(doc)).toBe(Yaml.stringify(doc));
    }
  });

  test('joins documents as Yaml.stringify does, undefined ones included', () => {
    const docs = [{ a: 1 }, undefined, { b: ['x', 'yes'] }];
    expect(stringifyDocuments(docs)).toBe(Yaml.stringify(...docs));
  });

  test('writes every committed manifest in dist/ itself, byte for byte', () => {
    const files = fs.readdirSync(path.join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8');
      const docs = parseAllDocuments(text, { version: '1.1' }).map((d) => d.toJS());
      for (const doc of docs) expect(emitDocument(doc), file).toBeDefined();
      expect(stringifyDocuments(docs), file).toBe(text);
    }
  });
});
