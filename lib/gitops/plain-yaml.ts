import { Yaml } from 'cdk8s';
import { Document } from 'yaml';

/**
 * YAML output of plain JSON data, byte-identical to cdk8s's `Yaml.stringify` (the `yaml` package with
 * `{ keepUndefined: true, lineWidth: 0, version: '1.1' }`), without building the `yaml` Document model first:
 * at 10,000 objects that model was a fifth of a synth.
 *
 * Written by hand, for the plain-JSON subset only: plain objects and arrays, strings, finite numbers, booleans and
 * null, each object appearing once. It copies the `yaml` package's rules for that subset (block collections,
 * two-space indent, `- ` items indented under their key, `{}`/`[]` for empty ones, plain scalars unless they
 * would read back as another type under the YAML 1.1 schema, whose own tag tests decide; then single or double
 * quotes as `yaml` picks them; `|` literal blocks for multi-line values, never folded since lineWidth is 0).
 * Anything else, or any rarely met case whose rules are subtle (control characters, multi-line keys or quoted
 * multi-line strings, `|+` blocks, document markers in a string, keys over 1,024 characters, shared or cyclic
 * objects, which `yaml` writes as anchors), makes the whole document go through `Yaml.stringify` instead. The
 * property test in test/plain-yaml.test.ts checks the two agree on generated data, tricky strings included.
 */
export function stringifyDocuments(docs: readonly unknown[]): string {
  return docs.map((doc) => (doc === undefined ? '\n' : stringifyDocument(doc))).join('---\n');
}

/** One document, as `Yaml.stringify(doc)` writes it. */
export function stringifyDocument(doc: unknown): string {
  return emitDocument(doc) ?? Yaml.stringify(doc);
}

/** The document by the direct emitter, or undefined where it leaves the document to the `yaml` package. */
export function emitDocument(doc: unknown): string | undefined {
  if (!isPlainObject(doc)) return undefined;
  // The pieces are collected and joined once per document: a string built by `+=` is a tree of every piece, and
  // at 50,000 documents those trees lived long enough to be promoted to the old generation (50 MB of garbage).
  const out: string[] = [];
  try {
    emitMap(doc, '', new Set(), out);
    out.push('\n');
    return out.join('');
  } catch (err) {
    if (err === OUTSIDE_SUBSET) return undefined;
    throw err;
  }
}

/** Thrown (and caught in `emitDocument`) where the value is outside the subset this emitter writes. */
const OUTSIDE_SUBSET = Symbol('outside the plain-JSON subset');

const INDENT_STEP = '  ';
/** The YAML 1.1 schema's tags other than str: a plain scalar matching one of their tests would not read back as a string. */
const NON_STRING_TAGS = new Document(null, { version: '1.1' }).schema.tags
  .filter((tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test);
/** What `yaml` writes double-quoted with escapes: control characters and unpaired surrogates. */
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** `yaml`'s test for strings that cannot be plain (indicators, `: `, ` #`, leading or trailing space, ...). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function outside(): never {
  throw OUTSIDE_SUBSET;
}

/** Enter a collection: `yaml` writes an object met twice as an anchor and aliases, which this emitter does not. */
function enter(value: object, seen: Set<object>): void {
  if (seen.has(value)) outside();
  seen.add(value);
}

function emitMap(map: Record<string, unknown>, indent: string, seen: Set<object>, out: string[]): void {
  enter(map, seen);
  const keys = Object.keys(map);
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  const valueIndent = indent + INDENT_STEP;
  for (let i = 0; i < keys.length; i++) {
    const key = emitString(keys[i], true, valueIndent);
    if (key.length > 1024) outside(); // an explicit `? key`
    const value = map[keys[i]];
    if (i > 0) out.push('\n', indent);
    out.push(key, isCollection(value) && !isEmptyCollection(value) ? `:\n${valueIndent}` : ': ');
    emitValue(value, valueIndent, seen, out);
  }
}

function emitSeq(seq: readonly unknown[], indent: string, seen: Set<object>, out: string[]): void {
  enter(seq, seen);
  if (seq.length === 0) {
    out.push('[]');
    return;
  }
  const itemIndent = indent + INDENT_STEP;
  for (let i = 0; i < seq.length; i++) {
    if (!(i in seq)) outside(); // a hole reads as undefined
    out.push(i === 0 ? '- ' : `\n${indent}- `);
    emitValue(seq[i], itemIndent, seen, out);
  }
}

function isCollection(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

function isEmptyCollection(value: object): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/** A value at `indent` (the indent of its own lines: block scalar lines, a collection's later lines). */
function emitValue(value: unknown, indent: string, seen: Set<object>, out: string[]): void {
  switch (typeof value) {
    case 'string': out.push(emitString(value, false, indent)); return;
    case 'number': out.push(Number.isFinite(value) ? (Object.is(value, -0) ? '-0' : JSON.stringify(value)) : outside()); return;
    case 'boolean': out.push(value ? 'true' : 'false'); return;
    case 'object':
      if (value === null) out.push('null');
      else if (Array.isArray(value)) emitSeq(value, indent, seen, out);
      else if (isPlainObject(value)) emitMap(value, indent, seen, out);
      else outside();
      return;
    default: outside(); // undefined, bigint, functions, symbols
  }
}

/**
 * One-line strings as emitted (keys and values alike): manifests repeat the same keys and many values (kinds,
 * namespaces, labels) thousands of times, and the scalar tests are a dozen regular expressions each. Bounded.
 */
const emitted = new Map<string, string>();
const EMITTED_MAX = 20_000;

/** A string as `yaml`'s plainString writes it (a key when `implicitKey`), within the subset. */
function emitString(value: string, implicitKey: boolean, indent: string): string {
  if (value.includes('\n')) return implicitKey || NEEDS_ESCAPES.test(value) || DOCUMENT_MARKER.test(value) ? outside() : blockLiteral(value, indent);
  let out = emitted.get(value);
  if (out === undefined) {
    out = emitLine(value);
    if (emitted.size >= EMITTED_MAX) emitted.clear();
    emitted.set(value, out);
  }
  return out;
}

/** A one-line string (key or value: `yaml` writes both alike) as a plain or quoted scalar. */
function emitLine(value: string): string {
  if (NEEDS_ESCAPES.test(value) || DOCUMENT_MARKER.test(value)) outside();
  // `yaml` identifies the string '<<' as the YAML 1.1 merge key and writes it plain, as a key and as a value.
  if (value === '<<') return value;
  if (NOT_PLAIN.test(value) || NON_STRING_TAGS.some((tag) => tag.test!.test(value))) return quoted(value);
  return value;
}

/** `yaml`'s quotedString for a one-line string without escapes: single quotes only when it holds `"` and no `'`. */
function quoted(value: string): string {
  return value.includes('"') && !value.includes("'") ? `'${value.replace(/'/g, "''")}'` : JSON.stringify(value);
}

// As in `yaml`'s blockString (stringify/stringifyString.js).
const BLOCK_END_NEWLINES = /(^|(?<!\n))\n+(?!\n|$)/g;

/** `yaml`'s blockString for a literal (`|`) block, without the keep (`|+`) chomping. */
function blockLiteral(text: string, indent: string): string {
  // A block cannot end in whitespace after its last line break: yaml quotes those.
  if (/\n[\t ]+$/.test(text)) outside();
  let value = text;
  let endStart = value.length;
  while (endStart > 0 && ' \t\n'.includes(value[endStart - 1])) endStart--;
  let end = value.substring(endStart);
  const endNlPos = end.indexOf('\n');
  let chomp: string;
  if (endNlPos === -1) chomp = '-';
  else if (value === end || endNlPos !== end.length - 1) return outside(); // keep: `|+`, which changes what follows
  else chomp = '';
  if (end) {
    value = value.slice(0, -end.length);
    if (end.endsWith('\n')) end = end.slice(0, -1);
    end = end.replace(BLOCK_END_NEWLINES, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd = 0;
  let startNlPos = -1;
  for (; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === ' ') startWithSpace = true;
    else if (ch === '\n') startNlPos = startEnd;
    else break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const header = (startWithSpace ? '2' : '') + chomp;
  return `|${header}\n${indent}${start}${value.replace(/\n+/g, `$&${indent}`)}${end}`;
}
