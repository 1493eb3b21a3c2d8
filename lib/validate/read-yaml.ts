/**
 * Parses untrusted multi-document YAML (or JSON) text into manifests, with file, document index, line and column
 * for every object, and a way back from a field path to the line of that field. Malformed documents become
 * findings and the other documents are still read. `parseYamlBatches` reads a text a batch of documents at a time
 * (what `opkit validate` does), so that a file of 100,000 documents needs one batch of objects in memory, not
 * 100,000: besides the batch, only the file's text and its line starts (4 bytes a line) are held.
 */
import { Composer, Document, isMap, isScalar, isSeq, Node, parseDocument, Parser } from 'yaml';
import { readPlainYaml, refusedRange } from './read-plain-yaml';
import { duplicateKeys } from './read-duplicate-keys';
import { cutOversizedDocuments, isMarkerEnd, OversizedDocument } from './read-documents';
import { Finding, Origin } from '../report/finding';
import { Manifest } from '../report/manifest';
import { DEFAULT_LIMITS, ReadLimits } from './read-limits';

export interface ReadResult {
  readonly manifests: Manifest[];
  readonly findings: Finding[];
}

/**
 * Where an object was read from, for `locateField`: the file's text and the document's offsets in it, not the
 * parsed document (whose syntax tree takes ~50 times the text's memory); the document is parsed again only when a
 * finding needs a line, so 20,000 documents in a file are read with memory proportional to their objects.
 */
interface Source {
  readonly text: string;
  /** The document's start and end offsets in `text`. */
  readonly start: number;
  readonly end: number;
  /** Line starts of the whole text. */
  readonly lines: LineTable;
  /** Path of the object inside the document: empty, or `items[i]` for an item of a `kind: List`. */
  readonly prefix: string;
}

/**
 * The start offset of each line of a text (what yaml's `LineCounter` holds, for every `\n`), in a typed array:
 * 4 bytes a line, outside the JS heap. `linePos` answers as `LineCounter.linePos` does.
 */
class LineTable {
  private readonly starts: Uint32Array;

  constructor(text: string) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    const starts = new Uint32Array(n);
    let k = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    this.starts = starts;
  }

  /** The 1-based line and column of `offset`. */
  linePos(offset: number): { line: number; col: number } {
    const starts = this.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1] + 1 };
  }
}

/**
 * kubectl reads YAML with go-yaml v2 (through sigs.k8s.io/yaml): YAML 1.1 scalars, so `yes`/`no`/`on`/`off` are
 * booleans, `0777` is octal and `<<` merges mappings. Timestamps and base-60 numbers stay strings there (a
 * timestamp becomes a JSON string), so those two YAML 1.1 types are left out.
 */
export const KUBECTL_YAML = {
  version: '1.1' as const,
  customTags: (tags: any[]) => tags.filter((t) => t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME'),
};

/** The yaml path's composer options (duplicate keys are found by `duplicateKeys`, see `readBatch`). */
const COMPOSE_OPTIONS = { ...KUBECTL_YAML, uniqueKeys: false, strict: true };

/** Object → the YAML document it was read from, for `locateField`. Weak: dropped with the object. */
const sources = new WeakMap<object, Source>();

/** The last document parsed again by `locateField`: the findings of one object are located one after another. */
let reparsed: { source: Source; doc: Document.Parsed } | undefined;

/** About how much text `parseYamlBatches` reads at a time: a batch's objects take about 10 times their text. */
export const DEFAULT_BATCH_BYTES = 1024 * 1024;

/** Parses YAML text (already decoded) from `file` into manifests and findings. */
export function parseYaml(input: string, file: string, limits: ReadLimits = {}): ReadResult {
  return collectBatches(parseYamlBatches(input, file, limits));
}

/** The manifests and findings of every batch, in order, as one result. */
export function collectBatches(batches: Iterable<ReadResult>): ReadResult {
  const manifests: Manifest[] = [];
  const findings: Finding[] = [];
  for (const batch of batches) {
    for (const m of batch.manifests) manifests.push(m);
    for (const f of batch.findings) findings.push(f);
  }
  return { manifests, findings };
}

/**
 * `parseYaml` a batch of whole documents at a time (about `batchBytes` of text each), so that only one batch's
 * objects need to be held: the batches together are exactly what one parse of the whole text gives (same
 * findings, origins, document numbers and `locateField` answers, in the same order; test/read-yaml-batches.test.ts
 * compares them), whatever `batchBytes` is.
 *
 * What is checked on the whole text stays whole: oversized documents are cut out first, a flow nesting past the
 * limit is one finding for the file, and lines are counted once, so positions are the file's. Batches are then
 * cut only where reading them apart is reading them together:
 * - at a line that begins a document with `---` (see read-documents.ts: no content can hold such a line), so each
 *   batch but the first starts a document and the documents are numbered on from the batch before;
 * - never in a text with a directive (`%` at a line start) or a document end (`...`) line, which is one batch;
 * - only between two documents that each read alone without a YAML error (and are one document each: comments
 *   before the first `---` are no document), and after a batch whose last document read without one. Past a
 *   syntax error the yaml package can attach an error to the document before, or (an unclosed quote) read on
 *   past a `---` line; such documents stay in one batch with their neighbours, as they were in one parse.
 * The fast reader or the yaml package reads each batch, chosen as `parseYaml` chose for a whole text before.
 */
export function* parseYamlBatches(input: string, file: string, limits: ReadLimits = {}, batchBytes = DEFAULT_BATCH_BYTES): Generator<ReadResult> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const { text, oversized } = cutOversizedDocuments(input, lim.maxDocumentBytes);
  const flowDepth = maxFlowDepth(text, lim.maxDepth);
  if (flowDepth > lim.maxDepth) {
    const pos = flowDepthPosition(text, lim.maxDepth);
    yield { manifests: [], findings: [readError('read.depth', { file, ...pos }, depthMessage(lim.maxDepth))] };
    return;
  }
  const lines = new LineTable(text);
  const reader = { text, file, lim, oversized, lines };
  if (!(batchBytes < text.length) || /^(?:%|\.\.\.(?:[ \t\r\n]|$))/m.test(text)) {
    yield readBatch(reader, 0, text.length, 0).result;
    return;
  }
  const cuts = new BatchCuts(text, (from, to) => readsAlone(reader, from, to));
  // A batch holds either documents the fast reader can read or documents it cannot, where the text allows: a
  // synthesized file's CRDs (descriptions, `|` blocks) then do not send the Custom Resources after them to the
  // yaml package (10,000 CRs of a changed previous output: 0.65 s there).
  const batchEnd = (start: number): number => {
    const refused = refusedRange(text, start, Math.min(text.length, start + batchBytes));
    if (!refused) return cuts.next(start, start + batchBytes);
    const refusedDocument = documentStartAt(text, refused.first);
    if (refusedDocument > start) return cuts.next(start, refusedDocument);
    return cuts.next(start, refused.last + 1);
  };
  let start = 0;
  let documentIndex = 0;
  for (;;) {
    let end = batchEnd(start);
    for (;;) {
      const batch = readBatch(reader, start, end, documentIndex);
      if (batch.threw || end >= text.length) {
        yield batch.result;
        return;
      }
      if (batch.documents > 0 && batch.lastClean) {
        documentIndex += batch.documents;
        start = end;
        yield batch.result;
        break;
      }
      end = cuts.next(start, end + Math.max(batchBytes, end - start)); // read again with the next batch
    }
  }
}

interface Reader {
  readonly text: string;
  readonly file: string;
  readonly lim: Required<ReadLimits>;
  readonly oversized: ReadonlyMap<number, OversizedDocument>;
  readonly lines: LineTable;
}

/** The start of the document holding `offset`: the last line at or before it that begins with `---`, or 0. */
function documentStartAt(text: string, offset: number): number {
  for (let i = offset; i >= 0; i--) {
    i = text.lastIndexOf('\n---', i);
    if (i < 0) break;
    if (i + 1 <= offset && isMarkerEnd(text.charCodeAt(i + 4))) return i + 1;
  }
  return 0;
}

/** The offsets where `parseYamlBatches` may end a batch: lines that begin a document, between clean documents. */
class BatchCuts {
  /** The last `alone` answer: the document after one candidate is the document before the next. */
  private last = { from: -1, to: -1, clean: false };

  constructor(private readonly text: string, private readonly readsAlone: (from: number, to: number) => boolean) {}

  /** The first cut at or after `from` (and after `start`, where the batch starts), or the text's length. */
  next(start: number, from: number): number {
    const text = this.text;
    for (let m = this.marker(Math.max(from, start + 1)); m < text.length;) {
      const after = this.marker(m + 1);
      if (this.alone(documentStartAt(text, m - 1), m) && this.alone(m, after)) return m;
      m = after;
    }
    return text.length;
  }

  private alone(from: number, to: number): boolean {
    if (this.last.from !== from || this.last.to !== to) this.last = { from, to, clean: this.readsAlone(from, to) };
    return this.last.clean;
  }

  /** The first line at or after `from` that begins with a document start marker, or the text's length. */
  private marker(from: number): number {
    const text = this.text;
    for (let i = from - 1; ; i++) {
      i = text.indexOf('\n---', i);
      if (i < 0) return text.length;
      if (isMarkerEnd(text.charCodeAt(i + 4))) return i + 1;
    }
  }
}

/** Whether the text from `from` to `to` is one document that reads without a YAML error when read alone. */
function readsAlone(reader: Reader, from: number, to: number): boolean {
  const slice = reader.text.slice(from, to);
  if (!hasOversized(reader, from, to)) {
    const plain = readPlainYaml(slice, PLAIN_SCHEMA.schema, PLAIN_SCHEMA.options, reader.lim.maxDepth);
    if (plain) return plain.length === 1;
  }
  let documents = 0;
  try {
    for (const doc of new Composer(COMPOSE_OPTIONS).compose(new Parser().parse(slice))) {
      if (doc.errors.length > 0) return false;
      documents++;
    }
  } catch {
    return false;
  }
  return documents === 1;
}

function hasOversized(reader: Reader, from: number, to: number): boolean {
  for (const at of reader.oversized.keys()) if (at >= from && at < to) return true;
  return false;
}

interface Batch {
  readonly result: ReadResult;
  /** How many documents the batch held. */
  readonly documents: number;
  /** Whether its last document read without a YAML error. */
  readonly lastClean: boolean;
  /** Whether the yaml package threw: the documents after are not read, as in one parse. */
  readonly threw: boolean;
}

/** The documents of the text from `base` to `end` (whole documents), numbered from `first`. */
function readBatch(reader: Reader, base: number, end: number, first: number): Batch {
  const { text, file, lim, oversized, lines } = reader;
  const manifests: Manifest[] = [];
  const findings: Finding[] = [];
  const slice = base === 0 && end === text.length ? text : text.slice(base, end);
  // Plain block YAML (what generators write) is read by the fast reader, without a syntax tree; anything else,
  // and any batch with a List, by the yaml package below. Positions of fields are found later, from the text.
  const plain = hasOversized(reader, base, end) ? undefined : readPlainYaml(slice, PLAIN_SCHEMA.schema, PLAIN_SCHEMA.options, lim.maxDepth);
  if (plain && !plain.some((d) => isList(d.value))) {
    const lineBase = lines.linePos(base).line - 1; // a batch starts at a line's start
    plain.forEach((d, i) => {
      accept(d.value, { file, documentIndex: first + i, line: lineBase + d.line, column: d.column }, base + d.start, base + d.end);
    });
    return { result: { manifests, findings }, documents: plain.length, lastClean: true, threw: false };
  }
  // Documents are composed one at a time (what parseAllDocuments does, without keeping them all): each syntax
  // tree is dropped once its object is built, so memory stays proportional to the objects, not to the trees.
  // Duplicate keys are found by `duplicateKeys` in linear time: yaml's own `uniqueKeys` compares each key with all
  // the keys before it (80,000 keys took 50 s).
  const composer = new Composer(COMPOSE_OPTIONS);
  let documentIndex = first;
  let lastClean = false;
  let threw = false;
  try {
    for (const doc of composer.compose(new Parser().parse(slice))) {
      lastClean = doc.errors.length === 0;
      readDocument(doc as Document.Parsed, documentIndex++);
    }
  } catch (e) {
    threw = true;
    findings.push(readError('read.yaml', { file, documentIndex }, `cannot parse YAML: ${e instanceof Error ? e.message : String(e)}`));
  }
  return { result: { manifests, findings }, documents: documentIndex - first, lastClean, threw };

  function readDocument(doc: Document.Parsed, documentIndex: number): void {
    const start = base + doc.range[0];
    const cut = oversized.get(start);
    if (cut) {
      findings.push(readError('read.document-size', { file, documentIndex, line: cut.line, column: 1 },
        `document larger than ${lim.maxDocumentBytes} bytes (${cut.bytes}), the limit for one object; it was not parsed`));
      return;
    }
    const { line, col } = lines.linePos(base + (doc.contents?.range[0] ?? doc.range[0]));
    const origin: Origin = { file, documentIndex, line, column: col };
    if (doc.errors.length > 0) {
      // The parser itself recurses per block level; past the stack it reports a RangeError as a YAML error.
      const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
      if (overflow) {
        const pos = lines.linePos(base + overflow.pos[0]);
        findings.push(readError('read.depth', { file, documentIndex, line: pos.line, column: pos.col }, parserDepthMessage(lim.maxDepth)));
        return;
      }
      for (const err of doc.errors) {
        const pos = lines.linePos(base + err.pos[0]);
        findings.push(readError('read.yaml', { file, documentIndex, line: pos.line, column: pos.col }, `invalid YAML: ${firstLine(err.message)}`));
      }
      return;
    }
    if (doc.contents === null) return; // an empty document (`---` alone, comments only) is not an object
    const duplicates = duplicateKeys(doc.contents);
    if (duplicates.length > 0) {
      for (const offset of duplicates) {
        const pos = lines.linePos(base + offset);
        findings.push(readError('read.yaml', { file, documentIndex, line: pos.line, column: pos.col }, 'invalid YAML: duplicate mapping key (as strict decoding refuses)'));
      }
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: lim.maxAliasCount });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      findings.push(readError('read.aliases', origin, /alias/i.test(msg)
        ? `too many alias expansions (more than ${lim.maxAliasCount}): the document looks like a "billion laughs" attack; inline the repeated values`
        : `cannot convert the document: ${msg}`));
      return;
    }
    accept(value, origin, start, base + doc.range[2], doc);
  }

  /** A document's value: a manifest (or a List's items, when `doc` is there to locate them), or a finding. */
  function accept(value: unknown, origin: Origin, start: number, end: number, doc?: Document.Parsed): void {
    if (depthExceeds(value, lim.maxDepth)) {
      findings.push(readError('read.depth', origin, depthMessage(lim.maxDepth)));
      return;
    }
    if (value === null || value === undefined) return; // `---` followed by nothing but comments
    if (typeof value !== 'object' || Array.isArray(value)) {
      findings.push(readError('read.not-object', origin, `document is ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not a Kubernetes object (a mapping with apiVersion and kind)`));
      return;
    }
    const obj = value as Record<string, any>;
    if (doc && isList(obj)) {
      // kubectl applies the items of a v1 List one by one; so are they checked, each with its own line.
      obj.items.forEach((item: unknown, i: number) => {
        const prefix = `items[${i}]`;
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          findings.push(readError('read.not-object', { ...origin, ...locateIn(doc, base, lines, prefix) }, `${prefix} of the List is not a Kubernetes object`));
          return;
        }
        sources.set(item, { text, start, end, lines, prefix });
        manifests.push({ object: item as Record<string, any>, origin: { ...origin, ...locateIn(doc, base, lines, prefix) } });
      });
      return;
    }
    sources.set(obj, { text, start, end, lines, prefix: '' });
    manifests.push({ object: obj, origin });
  }
}

/** kubectl applies the items of a v1 List one by one. */
function isList(value: unknown): boolean {
  const obj = value as Record<string, any> | null;
  return typeof obj === 'object' && obj !== null && obj.apiVersion === 'v1' && obj.kind === 'List' && Array.isArray(obj.items);
}

/** The schema and options the yaml path composes with, for the fast reader's plain scalars. */
const PLAIN_SCHEMA = (() => {
  const doc = new Document(null, KUBECTL_YAML);
  return { schema: doc.schema!, options: doc.options };
})();

/**
 * The line and column of `field` (kubectl path: `spec.containers[0].image`, `metadata.labels[app]`) inside an
 * object read by `parseYaml`; the nearest existing ancestor when the field itself is absent (a required field).
 */
export function locateField(object: object, field: string | undefined): { line: number; column: number } | undefined {
  const src = sources.get(object);
  if (!src) return undefined;
  if (reparsed?.source !== src) {
    // the document alone, as it parsed the first time (it did, or the object would not exist)
    reparsed = { source: src, doc: parseDocument(src.text.slice(src.start, src.end), { ...KUBECTL_YAML, uniqueKeys: false }) as Document.Parsed };
  }
  return locateIn(reparsed.doc, src.start, src.lines, field ? (src.prefix ? `${src.prefix}.${field}` : field) : src.prefix);
}

/** The position of `field` in `doc`, whose offsets start at `base` in the text `lines` counts. */
function locateIn(doc: Document.Parsed, base: number, lines: LineTable, field: string): { line: number; column: number } | undefined {
  let node: unknown = doc.contents;
  let best = node as Node | null;
  for (const seg of parseFieldPath(field)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : undefined) === seg);
      if (!pair) break;
      best = (pair.key as Node) ?? best; // a field's line is the line of its key
      node = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(seg)) {
      node = node.items[Number(seg)];
      if (!node) break;
      best = node as Node;
    } else {
      break;
    }
  }
  if (!best?.range) return undefined;
  const { line, col } = lines.linePos(base + best.range[0]);
  return { line, column: col };
}

/** `a.b[0].c[key.with.dots]` → ['a', 'b', '0', 'c', 'key.with.dots']. */
export function parseFieldPath(field: string): string[] {
  const out: string[] = [];
  const re = /([^.[\]]+)|\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(field))) out.push(m[1] ?? m[2]);
  return out;
}

function depthMessage(limit: number): string {
  return `nesting deeper than ${limit} levels; flatten the document (the limit protects the checks from stack exhaustion)`;
}

/** The YAML parser recurses per block level and can run out of stack below `limit`: say so, not the limit. */
function parserDepthMessage(limit: number): string {
  return `nesting too deep for the YAML parser: it ran out of stack here (opkit's limit is ${limit} levels, but the parser's stack can end first); flatten the document`;
}

function readError(rule: string, origin: Origin, message: string): Finding {
  return { severity: 'error', rule, message, origin };
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Flow collections (`[[[[...`) are counted before parsing so a hostile document is refused at once. Quotes are
 * not tracked: brackets inside strings only make the count larger, and only past the limit does it matter.
 */
function maxFlowDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) { if (++depth > max) { max = depth; if (max > limit) return max; } } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

function flowDepthPosition(text: string, limit: number): { line: number; column: number } {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { line++; lineStart = i + 1; } else if (c === 91 || c === 123) { if (++depth > limit) return { line, column: i - lineStart + 1 }; } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return { line: 1, column: 1 };
}

/** Iterative, so the check itself cannot overflow the stack on a hostile value. */
function depthExceeds(root: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, d + 1]);
    }
  }
  return false;
}
