/**
 * Parses untrusted multi-document YAML (or JSON) text into manifests, with file, document index, line and column
 * for every object, and a way back from a field path to the line of that field. Malformed documents become
 * findings and the other documents are still read.
 */
import { Composer, Document, isMap, isScalar, isSeq, LineCounter, Node, parseDocument, Parser } from 'yaml';
import { readPlainYaml } from './read-plain-yaml';
import { duplicateKeys } from './read-duplicate-keys';
import { cutOversizedDocuments } from './read-documents';
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
  readonly lines: LineCounter;
  /** Path of the object inside the document: empty, or `items[i]` for an item of a `kind: List`. */
  readonly prefix: string;
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

/** Object → the YAML document it was read from, for `locateField`. Weak: dropped with the object. */
const sources = new WeakMap<object, Source>();

/** The last document parsed again by `locateField`: the findings of one object are located one after another. */
let reparsed: { source: Source; doc: Document.Parsed } | undefined;

/** Parses YAML text (already decoded) from `file` into manifests and findings. */
export function parseYaml(input: string, file: string, limits: ReadLimits = {}): ReadResult {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const manifests: Manifest[] = [];
  const findings: Finding[] = [];
  const { text, oversized } = cutOversizedDocuments(input, lim.maxDocumentBytes);
  const flowDepth = maxFlowDepth(text, lim.maxDepth);
  if (flowDepth > lim.maxDepth) {
    const pos = flowDepthPosition(text, lim.maxDepth);
    findings.push(readError('read.depth', { file, ...pos }, depthMessage(lim.maxDepth)));
    return { manifests, findings };
  }
  const lines = new LineCounter();
  // Plain block YAML (what generators write) is read by the fast reader, without a syntax tree; anything else,
  // and any file with a List, by the yaml package below. Positions of fields are found later, from the text.
  const plain = oversized.size === 0 ? readPlainYaml(text, PLAIN_SCHEMA.schema, PLAIN_SCHEMA.options, lim.maxDepth) : undefined;
  if (plain && !plain.some((d) => isList(d.value))) {
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
    plain.forEach((d, documentIndex) => {
      accept(d.value, { file, documentIndex, line: d.line, column: d.column }, d.start, d.end);
    });
    return { manifests, findings };
  }
  // Documents are composed one at a time (what parseAllDocuments does, without keeping them all): each syntax
  // tree is dropped once its object is built, so memory stays proportional to the objects, not to the trees.
  // Duplicate keys are found by `duplicateKeys` in linear time: yaml's own `uniqueKeys` compares each key with all
  // the keys before it (80,000 keys took 50 s).
  const composer = new Composer({ ...KUBECTL_YAML, uniqueKeys: false, strict: true });
  let documentIndex = 0;
  try {
    for (const doc of composer.compose(new Parser(lines.addNewLine).parse(text))) readDocument(doc as Document.Parsed, documentIndex++);
  } catch (e) {
    findings.push(readError('read.yaml', { file, documentIndex }, `cannot parse YAML: ${e instanceof Error ? e.message : String(e)}`));
  }
  return { manifests, findings };

  function readDocument(doc: Document.Parsed, documentIndex: number): void {
    const start = doc.range[0];
    const cut = oversized.get(start);
    if (cut) {
      findings.push(readError('read.document-size', { file, documentIndex, line: cut.line, column: 1 },
        `document larger than ${lim.maxDocumentBytes} bytes (${cut.bytes}), the limit for one object; it was not parsed`));
      return;
    }
    const { line, col } = lines.linePos(doc.contents?.range[0] ?? start);
    const origin: Origin = { file, documentIndex, line, column: col };
    if (doc.errors.length > 0) {
      // The parser itself recurses per block level; past the stack it reports a RangeError as a YAML error.
      const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
      if (overflow) {
        const pos = overflow.linePos?.[0] ?? lines.linePos(overflow.pos[0]);
        findings.push(readError('read.depth', { file, documentIndex, line: pos.line, column: pos.col }, parserDepthMessage(lim.maxDepth)));
        return;
      }
      for (const err of doc.errors) {
        const pos = err.linePos?.[0] ?? lines.linePos(err.pos[0]);
        findings.push(readError('read.yaml', { file, documentIndex, line: pos.line, column: pos.col }, `invalid YAML: ${firstLine(err.message)}`));
      }
      return;
    }
    if (doc.contents === null) return; // an empty document (`---` alone, comments only) is not an object
    const duplicates = duplicateKeys(doc.contents);
    if (duplicates.length > 0) {
      for (const offset of duplicates) {
        const pos = lines.linePos(offset);
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
    accept(value, origin, start, doc.range[2], doc);
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
          findings.push(readError('read.not-object', { ...origin, ...locateIn(doc, 0, lines, prefix) }, `${prefix} of the List is not a Kubernetes object`));
          return;
        }
        sources.set(item, { text, start, end, lines, prefix });
        manifests.push({ object: item as Record<string, any>, origin: { ...origin, ...locateIn(doc, 0, lines, prefix) } });
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
function locateIn(doc: Document.Parsed, base: number, lines: LineCounter, field: string): { line: number; column: number } | undefined {
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
