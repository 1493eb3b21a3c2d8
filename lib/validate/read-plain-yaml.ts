/**
 * A fast reader for the plain block YAML that generators write (cdk8s, kubectl, Helm, opkit itself): block
 * mappings and sequences, one scalar per line, plain or simply quoted. It returns each document's value and where
 * the document is, or undefined for the whole text as soon as anything is outside that subset, and `parseYaml`
 * then reads the text with the `yaml` package as before: comments, anchors, tags, block and multi-line scalars,
 * flow collections other than `{}`/`[]`, escapes, tabs, CRs, directives, empty documents, duplicate keys, keys that
 * are not strings (YAML 1.1 `yes:`, the `<<` merge key) and any line it does not expect all go there. Written by
 * hand because the `yaml` package builds a syntax tree and a document model first (90% of `opkit validate`'s
 * time); plain scalars are resolved by the same YAML 1.1 schema tags the `yaml` path uses, so values are the
 * same. test/read-plain-yaml.test.ts compares both readers on generated and tricky documents.
 */
import { isScalar, Schema } from 'yaml';

/** One document read by the fast reader. */
export interface PlainDocument {
  readonly value: unknown;
  /** Offsets of the document's text (its first line after any `---`, to the next `---` line or the end). */
  readonly start: number;
  readonly end: number;
  /** 1-based line and column of the document's content, as the `yaml` package reports them. */
  readonly line: number;
  readonly column: number;
}

interface Line {
  indent: number;
  /** The line without its indentation and trailing spaces. */
  text: string;
  /** 1-based line number. */
  readonly number: number;
}

/** Characters the yaml path escapes, refuses or treats as line breaks: control characters, BOM, NEL, LS, PS, lone surrogates. */
const NOT_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029\u{D800}-\u{DFFF}]/u;

/**
 * What a plain scalar other than a string can look like under the YAML 1.1 tags (null, bool, int, float, merge):
 * a cheap first test, so that most strings skip the schema's tag tests. It must accept a superset of them.
 */
const MAY_BE_TYPED = /^(?:[-+.0-9~<]|[nNyYtTfFoO][a-zA-Z]{0,4}$|[eE][-+]?[0-9]+$|$)/; // `e0` is a YAML 1.1 float there

/** Thrown inside the reader where the text is outside its subset. */
const OUTSIDE = Symbol('outside the plain block YAML subset');
function outside(): never {
  throw OUTSIDE;
}

/**
 * What the reader refuses on sight: tabs, CR, anchors, aliases, tags, block scalars, escapes, directives, markers
 * with content, and a `#` on any line but a comment line (one whose first character after its indentation is `#`:
 * outside block scalars, which are refused, and multi-line scalars, which it does not read, such a line is a
 * comment wherever it stands; Helm writes one, `# Source: ...`, at the top of every document).
 */
const REFUSED = /[\t\r&*!|>\\]|^%|^\.\.\.|^--- |^ *[^ #\n][^\n]*#/m;

/**
 * The offsets of the first and the last character of `text` from `from` (a line start) to `to` that make the
 * reader refuse a text holding it (see `REFUSED` and `NOT_PRINTABLE`), or undefined where there is none: where a
 * run of documents the reader can read begins or ends (`parseYamlBatches` chooses its batches by them).
 */
export function refusedRange(text: string, from: number, to: number): { first: number; last: number } | undefined {
  const window = text.slice(from, to);
  let first = -1;
  let last = -1;
  for (const re of [new RegExp(REFUSED.source, 'gm'), new RegExp(NOT_PRINTABLE.source, 'gu')]) {
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (first < 0 || m.index < first) first = m.index;
      if (m.index > last) last = m.index;
      if (m[0] === '') re.lastIndex++;
    }
  }
  return first < 0 ? undefined : { first: from + first, last: from + last };
}

/** Read `text` (no oversized documents, see `parseYaml`) or return undefined for the `yaml` package to read it. */
export function readPlainYaml(text: string, schema: Schema, options: object, maxDepth: number): PlainDocument[] | undefined {
  if (REFUSED.test(text) || NOT_PRINTABLE.test(text)) return undefined;
  try {
    return new PlainReader(schema, options, maxDepth).read(text);
  } catch (err) {
    if (err === OUTSIDE) return undefined;
    throw err;
  }
}

class PlainReader {
  private lines: Line[] = [];
  private i = 0;

  constructor(private readonly schema: Schema, private readonly options: object, private readonly maxDepth: number) {}

  read(text: string): PlainDocument[] {
    const docs: PlainDocument[] = [];
    let start = 0;
    let lineNumber = 1;
    let segment: Line[] = [];
    let segmentStart = 0;
    let sawSeparator = false;
    const finish = (end: number) => {
      if (segment.length === 0) {
        // Text before a leading `---` is no document; any other empty one is left to the yaml package.
        if (sawSeparator || end > segmentStart) outside();
        return;
      }
      docs.push(this.document(segment, segmentStart, end));
    };
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const raw = text.slice(start, end);
      if (raw === '---' || raw.startsWith('--- ')) {
        finish(start);
        sawSeparator = true;
        segment = [];
        segmentStart = end + 1;
      } else {
        const content = raw.trimEnd();
        if (content.trim() !== '' && !content.trimStart().startsWith('#')) {
          const indent = content.length - content.trimStart().length;
          segment.push({ indent, text: content.slice(indent), number: lineNumber });
        }
      }
      lineNumber++;
      start = end + 1;
    }
    if (segment.length > 0 || !sawSeparator || segmentStart < text.length) finish(text.length);
    else outside(); // a trailing `---`: an empty last document
    return docs;
  }

  private document(lines: Line[], start: number, end: number): PlainDocument {
    this.lines = lines;
    this.i = 0;
    const first = lines[0];
    if (first.indent !== 0 || isSeqItem(first.text)) outside(); // only a mapping at the top is a manifest here
    const value = this.map(0, 1);
    if (this.i !== lines.length) outside();
    return { value, start, end, line: first.number, column: first.indent + 1 };
  }

  /** The node whose first line is the current one (more indented than its parent). */
  private node(depth: number): unknown {
    if (depth > this.maxDepth) outside();
    const line = this.lines[this.i];
    return isSeqItem(line.text) ? this.seq(line.indent, depth) : this.map(line.indent, depth);
  }

  private map(indent: number, depth: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    while (this.i < this.lines.length) {
      const line = this.lines[this.i];
      if (line.indent < indent) break;
      if (line.indent > indent || isSeqItem(line.text)) outside();
      const entry = splitKey(line.text) ?? outside();
      const key = this.key(entry.key);
      if (Object.prototype.hasOwnProperty.call(map, key)) outside(); // duplicates: the yaml path reports them
      this.i++;
      map[key] = entry.rest === '' ? this.nested(indent, depth, true) : this.inline(entry.rest, indent);
    }
    return map;
  }

  private seq(indent: number, depth: number): unknown[] {
    const seq: unknown[] = [];
    while (this.i < this.lines.length) {
      const line = this.lines[this.i];
      if (line.indent < indent) break;
      if (line.indent > indent || !isSeqItem(line.text)) outside();
      const rest = line.text.slice(1).trimStart();
      if (rest === '') {
        this.i++;
        seq.push(this.nested(indent, depth, false));
      } else if (isSeqItem(rest)) {
        outside(); // `- - x`
      } else if (splitKey(rest)) {
        // `- key: value`: a mapping whose first line starts after the dash
        line.indent = indent + (line.text.length - rest.length);
        line.text = rest;
        seq.push(this.map(line.indent, depth + 1));
      } else {
        this.i++;
        seq.push(this.inline(rest, indent));
      }
    }
    return seq;
  }

  /** The value of `key:` or `-` with nothing after it: the more indented lines below, or a sequence at the key's indent. */
  private nested(indent: number, depth: number, inMap: boolean): unknown {
    const next = this.lines[this.i];
    if (next && (next.indent > indent || (inMap && next.indent === indent && isSeqItem(next.text)))) return this.node(depth + 1);
    return null;
  }

  /** A scalar (or `{}`/`[]`) on its line; the next line must not continue it. */
  private inline(text: string, indent: number): unknown {
    const next = this.lines[this.i];
    if (next && next.indent > indent) outside(); // a multi-line plain scalar, or structure after a value
    if (text === '{}') return {};
    if (text === '[]') return [];
    const quoted = unquote(text);
    if (quoted !== undefined) return quoted;
    if (!isPlain(text) || text.includes(': ')) outside();
    return this.resolve(text, false);
  }

  /** Keys repeat from object to object: each is resolved once. */
  private readonly keys = new Map<string, string>();

  private key(text: string): string {
    const known = this.keys.get(text);
    if (known !== undefined) return known;
    const key = this.newKey(text);
    this.keys.set(text, key);
    return key;
  }

  private newKey(text: string): string {
    // Spaces before the colon, over-long implicit keys and `__proto__` are the yaml path's to handle.
    if (text.endsWith(' ') || text.length > 1024 || text === '__proto__') outside();
    const quoted = unquote(text);
    if (quoted === '__proto__') outside();
    if (quoted !== undefined) return quoted;
    if (!isPlain(text)) outside();
    const value = this.resolve(text, true);
    return typeof value === 'string' ? value : outside(); // `yes:`, `1:`, `<<:`: keys that are not strings
  }

  /** A plain scalar as the `yaml` package's composer resolves it: the first default tag whose test matches. */
  private resolve(text: string, atKey: boolean): unknown {
    if (!MAY_BE_TYPED.test(text)) return text;
    const tag = this.schema.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && (t as { test?: RegExp }).test?.test(text));
    if (!tag) return text;
    let failed = false;
    const res = (tag as { resolve: (v: string, onError: () => void, o: object) => unknown }).resolve(text, () => { failed = true; }, this.options);
    if (failed) outside();
    return isScalar(res) ? res.value : res;
  }
}

function isSeqItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** A plain scalar may not start with an indicator, except `-`, `?`, `:` before a non-space. */
function isPlain(text: string): boolean {
  const c = text[0];
  if ('-?:'.includes(c)) return text.length > 1 && text[1] !== ' ';
  return !',[]{}#&*!|>\'"%@`'.includes(c) && !text.endsWith(':');
}

/** `'...'` or `"..."` whole on the line (no escapes: the text has no backslash), else undefined. */
function unquote(text: string): string | undefined {
  const q = text[0];
  if (q !== '"' && q !== "'") return undefined;
  if (text.length < 2 || text[text.length - 1] !== q) outside();
  const inner = text.slice(1, -1);
  if (q === '"') return inner.includes('"') ? outside() : inner;
  if (inner.replace(/''/g, '').includes("'")) outside();
  return inner.replace(/''/g, "'");
}

/** `key: rest` or `key:` (rest empty), the key plain or quoted; undefined when the line is no mapping entry. */
function splitKey(text: string): { key: string; rest: string } | undefined {
  const q = text[0];
  if (q === '"' || q === "'") {
    const close = q === '"' ? text.indexOf('"', 1) : closingSingleQuote(text);
    if (close < 0) outside();
    const after = text.slice(close + 1);
    if (after === ':') return { key: text.slice(0, close + 1), rest: '' };
    if (after.startsWith(': ')) return { key: text.slice(0, close + 1), rest: after.slice(2).trimStart() };
    return undefined;
  }
  const colon = text.indexOf(': ');
  if (colon >= 0) return { key: text.slice(0, colon), rest: text.slice(colon + 2).trimStart() };
  if (text.endsWith(':')) return { key: text.slice(0, -1), rest: '' };
  return undefined;
}

function closingSingleQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}
