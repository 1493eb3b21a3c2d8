// The JSONPath syntax of k8s.io/client-go/util/jsonpath, which the API server's table convertor uses to print a
// CRD's additionalPrinterColumns (tableconvertor.New parses `{<jsonPath>}`). Hand-written after its Parser: the
// same terminators, `\` escapes in field names (`.metadata.labels.app\.kubernetes\.io/name`), array indices and
// slices, unions, `['key']` (re-parsed as `.key`, as client-go does), filters `[?(...)]` and `..`.

/** One step of a parsed path: a field (`*` for a wildcard), a list selector, `..`, or anything else. */
export type PathSegment =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'items' }
  | { readonly kind: 'recursive' }
  | { readonly kind: 'other' };

export type ParsedPath = { readonly segments: PathSegment[] } | { readonly error: string };

const EOF = '';
const SLICE = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/;
const DICT_KEY = /^'([^']*)'$/;
const FILTER = /^([^!<>=]+)([!<>=]+)(.+?)$/;

const isSpace = (c: string) => c === ' ' || c === '\t';
const isEndOfLine = (c: string) => c === '\r' || c === '\n';
const isTerminator = (c: string) => isSpace(c) || isEndOfLine(c) || [EOF, '.', ',', '[', ']', '$', '@', '{', '}'].includes(c);
const isAlphaNumeric = (c: string) => c === '_' || /^[\p{L}\p{Nd}]$/u.test(c);

class ParseError extends Error {}

/** Parses a printer column's `jsonPath` the way the table convertor does (wrapped in `{...}`). */
export function parseColumnJsonPath(jsonPath: string): ParsedPath {
  try {
    const segments: PathSegment[] = [];
    parseTemplate(`{${jsonPath}}`, segments);
    return { segments };
  } catch (e) {
    if (e instanceof ParseError) return { error: e.message };
    throw e;
  }
}

/** A template: literal text with `{action}`s (filters and unions re-parse their parts this way). */
function parseTemplate(input: string, segments: PathSegment[]): void {
  let pos = 0;
  while (pos < input.length) {
    const open = input.indexOf('{', pos);
    if (open < 0) return;
    pos = new ActionParser(input, open + 1, segments).run();
  }
}

class ActionParser {
  private start: number;
  constructor(private readonly input: string, private pos: number, private readonly out: PathSegment[]) {
    this.start = pos;
  }

  /** Parses one action up to its `}`; returns the position after it. */
  run(): number {
    for (;;) {
      const rest = this.input.slice(this.pos);
      if (rest.startsWith('}')) return this.pos + 1;
      if (rest.startsWith('[?(')) this.filter();
      else if (rest.startsWith('..')) {
        this.pos += 2;
        this.out.push({ kind: 'recursive' });
      } else this.step();
    }
  }

  private next(): string {
    const c = this.input[this.pos] ?? EOF;
    this.pos += c ? c.length : 1;
    return c;
  }

  private backup(): void {
    this.pos--;
  }

  private consume(): string {
    const text = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return text;
  }

  private step(): void {
    this.start = this.pos;
    const c = this.next();
    if (c === EOF || isEndOfLine(c)) throw new ParseError('unclosed action');
    if (c === ' ' || c === '@' || c === '$') return void this.consume();
    if (c === '[') return this.array();
    if (c === '"' || c === "'") return this.quote(c);
    if (c === '.') return this.field();
    if (c === '+' || c === '-' || /\d/.test(c)) return this.number();
    if (isAlphaNumeric(c)) return this.identifier();
    throw new ParseError(`unrecognized character in action: U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${c}'`);
  }

  private field(): void {
    this.consume();
    for (;;) {
      const c = this.next();
      if (c === '\\') this.next();
      else if (isTerminator(c)) {
        if (c !== EOF) this.backup();
        else this.pos = this.input.length;
        break;
      }
    }
    const name = this.consume().replace(/\\/g, '');
    this.out.push({ kind: 'field', name });
  }

  private array(): void {
    for (;;) {
      const c = this.next();
      if (c === EOF || c === '\n') throw new ParseError('unterminated array');
      if (c === ']') break;
    }
    let text = this.consume().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      for (const part of parts) parseTemplate(`{${part.trim()}}`, []); // each alternative must parse
      return void this.out.push({ kind: 'items' });
    }
    const key = DICT_KEY.exec(text);
    if (key) return parseTemplate(`{.${key[1]}}`, this.out);
    if (!SLICE.test(text)) throw new ParseError(`invalid array index ${text}`);
    this.out.push({ kind: 'items' });
  }

  private filter(): void {
    this.pos += 3;
    this.start = this.pos;
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const c = this.next();
      if (c === EOF || c === '\n') throw new ParseError('unterminated filter');
      if (c === '"' || c === "'") {
        if (!begin) {
          begin = true;
          pair = c;
        } else if (this.input[this.pos - 2] !== '\\' && c === pair) end = true;
      } else if (c === ')' && begin === end) break;
    }
    if (this.next() !== ']') throw new ParseError('unclosed array expect ]');
    const text = this.consume().slice(0, -2);
    const m = FILTER.exec(text);
    for (const part of m ? [m[1], m[3]] : [text]) parseTemplate(part, []);
    this.out.push({ kind: 'items' });
  }

  private quote(q: string): void {
    for (;;) {
      const c = this.next();
      if (c === EOF || c === '\n') throw new ParseError('unterminated quoted string');
      if (c === '\\') this.next();
      else if (c === q) break;
    }
    this.consume();
    this.out.push({ kind: 'other' });
  }

  private number(): void {
    while (/[\d.eE+-]/.test(this.input[this.pos] ?? '')) this.pos++;
    const text = this.consume();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) throw new ParseError(`cannot parse number ${text}`);
    this.out.push({ kind: 'other' });
  }

  private identifier(): void {
    while (!isTerminator(this.input[this.pos] ?? EOF) && this.input[this.pos] !== ' ') this.pos++;
    this.consume();
    this.out.push({ kind: 'other' });
  }
}
