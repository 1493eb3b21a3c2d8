import { create } from '@bufbuild/protobuf';
import { ExprSchema, type Expr, type SourceInfo } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';

/**
 * CEL optional syntax (cel-go `cel.OptionalTypes()`, in the API server's environment from Kubernetes 1.28):
 * `x.?f`, `x[?k]`, `[a, ?b]` and `{k: v, ?k2: v2}`. @bufbuild/cel 0.6's parser has no such syntax, so
 * `maskOptionalSyntax` blanks each `?` (same length: error positions stay right) and remembers where it was;
 * after parsing, `restoreOptionalSyntax` turns the marked nodes into calls like those cel-go's parser produces
 * (`_?._`, `_[?_]`, here `@optional_select`, `@optional_index`) and optional list/map entries into calls of our
 * own (`@optional_list_entry`, `@optional_map_entry`); libraries/optional.ts evaluates them.
 */
export interface OptionalMarks {
  /** Offsets of the `.` of `x.?f`. */
  readonly selects: Set<number>;
  /** Offsets of the `[` of `x[?k]`. */
  readonly indexes: Set<number>;
  /** Offset of a list / map literal's `[` / `{` → indices of its optional entries. */
  readonly entries: Map<number, Set<number>>;
}

// cel-go names these calls `_?._` and `_[?_]`; @bufbuild/cel's planner reserves those names for an optional
// attribute access of its own that does not produce optionals, so ours are named apart.
export const OPTIONAL_SELECT = '@optional_select';
export const OPTIONAL_INDEX = '@optional_index';
export const OPTIONAL_LIST_ENTRY = '@optional_list_entry';
export const OPTIONAL_MAP_ENTRY = '@optional_map_entry';

const IDENT_CHAR = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;

/** The source with optional-syntax `?`s blanked, or undefined when it has none. */
export function maskOptionalSyntax(source: string): { masked: string; marks: OptionalMarks } | undefined {
  const marks: OptionalMarks = { selects: new Set(), indexes: new Set(), entries: new Map() };
  const chars = source.split(''); // UTF-16 units, as offsets are counted below
  // open brackets: `(`, index `[`, literal `[` / `{` with the number of its entry so far
  const stack: { ch: string; at: number; literal: boolean; entry: number }[] = [];
  let last = ''; // last significant character
  let lastAt = -1;
  let operandEnded = false; // whether the last token ends an operand (so `[` indexes)
  let found = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') continue;
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    const str = stringLiteralEnd(source, i);
    if (str !== undefined) {
      i = str - 1;
      last = '"';
      operandEnded = true;
      continue;
    }
    if (IDENT_CHAR.test(c)) {
      // an identifier, keyword or number (`1.5`)
      let j = i + 1;
      while (j < source.length && (IDENT_CHAR.test(source[j]) || (DIGIT.test(c) && source[j] === '.' && DIGIT.test(source[j + 1] ?? '')))) j++;
      operandEnded = source.slice(i, j) !== 'in';
      last = 'a';
      i = j - 1;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '?') {
      if (last === '.') {
        marks.selects.add(lastAt);
      } else if (last === '[' && top && !top.literal && top.at === lastAt) {
        marks.indexes.add(lastAt);
      } else if ((last === '[' || last === '{' || last === ',') && top?.literal) {
        const set = marks.entries.get(top.at) ?? new Set<number>();
        marks.entries.set(top.at, set.add(top.entry));
      } else {
        last = c; // the conditional operator
        lastAt = i;
        operandEnded = false;
        continue;
      }
      chars[i] = ' ';
      found = true;
      continue; // `last` stays the `.`, `[`, `{` or `,`
    }
    if (c === '(') stack.push({ ch: c, at: i, literal: false, entry: 0 });
    else if (c === '[') stack.push({ ch: c, at: i, literal: !operandEnded, entry: 0 });
    else if (c === '{') stack.push({ ch: c, at: i, literal: true, entry: 0 });
    else if (c === ',' && top) top.entry++;
    else if (c === ')' || c === ']' || c === '}') stack.pop();
    operandEnded = c === ')' || c === ']' || c === '}';
    last = c;
    lastAt = i;
  }
  return found ? { masked: chars.join(''), marks } : undefined;
}

/** End offset (exclusive) of the string or bytes literal starting at `i`, if one does. */
function stringLiteralEnd(s: string, i: number): number | undefined {
  const m = /^([rRbB]{0,2})('''|"""|'|")/.exec(s.slice(i, i + 5));
  if (!m || (m[1] && /[A-Za-z0-9_]/.test(s[i - 1] ?? ''))) return undefined;
  const raw = /[rR]/.test(m[1]);
  const quote = m[2];
  let j = i + m[0].length;
  while (j < s.length) {
    if (!raw && s[j] === '\\') j += 2;
    else if (s.startsWith(quote, j)) return j + quote.length;
    else j++;
  }
  return s.length;
}

/** Ids for nodes we add after parsing, far above any the parser gives. */
let syntheticId = 1n << 40n;
const stringConst = (id: bigint, value: string): Expr =>
  create(ExprSchema, { id, exprKind: { case: 'constExpr', value: { $typeName: 'cel.expr.Constant', constantKind: { case: 'stringValue', value } } as never } });

/**
 * A field selection or index on an optional value (`self.?a.b`, `opt[0]`) is optional too in cel-go (the optional
 * propagates): the type check finds them and this turns them into optional selects / indexes (in place).
 */
export function toOptionalAccess(e: Expr): void {
  const k = e.exprKind;
  if (k.case === 'selectExpr') {
    e.exprKind = { case: 'callExpr', value: { $typeName: 'cel.expr.Expr.Call', function: OPTIONAL_SELECT, args: [k.value.operand!, stringConst(syntheticId++, k.value.field)] } as never };
  } else if (k.case === 'callExpr' && k.value.function === '_[_]') {
    k.value.function = OPTIONAL_INDEX;
  }
}

/** Turns the marked nodes of a parsed expression into optional calls (in place). */
export function restoreOptionalSyntax(expr: Expr, sourceInfo: SourceInfo | undefined, marks: OptionalMarks): void {
  let nextId = maxId(expr) + 1n;
  const node = (kind: Expr['exprKind']): Expr => create(ExprSchema, { id: nextId++, exprKind: kind });
  const call = (fn: string, args: Expr[]): Expr['exprKind'] => ({ case: 'callExpr', value: { $typeName: 'cel.expr.Expr.Call', function: fn, args } as never });
  const position = (e: Expr) => sourceInfo?.positions[e.id.toString()];
  const visit = (e: Expr | undefined): void => {
    if (!e) return;
    const k = e.exprKind;
    switch (k.case) {
      case 'selectExpr': {
        visit(k.value.operand);
        const at = position(e);
        if (at !== undefined && marks.selects.has(at) && !k.value.testOnly) {
          toOptionalAccess(e);
        }
        return;
      }
      case 'callExpr': {
        visit(k.value.target);
        k.value.args.forEach(visit);
        const at = position(e);
        if (k.value.function === '_[_]' && at !== undefined && marks.indexes.has(at)) k.value.function = OPTIONAL_INDEX;
        return;
      }
      case 'listExpr': {
        k.value.elements.forEach(visit);
        const optional = marks.entries.get(position(e) ?? -1);
        if (!optional) return;
        // [a, ?b, c] → [a] + @optional_list_entry(b) + [c]
        const parts = k.value.elements.map((el, i) =>
          optional.has(i) ? node(call(OPTIONAL_LIST_ENTRY, [el])) : node({ case: 'listExpr', value: { $typeName: 'cel.expr.Expr.CreateList', elements: [el], optionalIndices: [] } as never }),
        );
        if (parts.length === 0) return;
        e.exprKind = parts.slice(1).reduce((acc, p) => node(call('_+_', [acc, p])), parts[0]).exprKind;
        return;
      }
      case 'structExpr': {
        k.value.entries.forEach((en) => {
          if (en.keyKind.case === 'mapKey') visit(en.keyKind.value);
          visit(en.value);
        });
        const optional = marks.entries.get(position(e) ?? -1);
        if (!optional || k.value.messageName) return;
        // {a: 1, ?b: x} → @optional_map_entry({a: 1}, b, x)
        const plain = k.value.entries.filter((_, i) => !optional.has(i));
        let acc = node({ case: 'structExpr', value: { ...k.value, entries: plain } });
        k.value.entries.forEach((en, i) => {
          if (optional.has(i) && en.keyKind.case === 'mapKey') acc = node(call(OPTIONAL_MAP_ENTRY, [acc, en.keyKind.value, en.value!]));
        });
        e.exprKind = acc.exprKind;
        return;
      }
      case 'comprehensionExpr': {
        const c = k.value;
        [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result].forEach(visit);
        return;
      }
      default:
        return;
    }
  };
  visit(expr);
}

function maxId(e: Expr | undefined): bigint {
  if (!e) return 0n;
  let m = e.id;
  const up = (x: Expr | undefined) => {
    const v = maxId(x);
    if (v > m) m = v;
  };
  const k = e.exprKind;
  switch (k.case) {
    case 'selectExpr':
      up(k.value.operand);
      break;
    case 'callExpr':
      up(k.value.target);
      k.value.args.forEach(up);
      break;
    case 'listExpr':
      k.value.elements.forEach(up);
      break;
    case 'structExpr':
      k.value.entries.forEach((en) => {
        if (en.keyKind.case === 'mapKey') up(en.keyKind.value);
        up(en.value);
      });
      break;
    case 'comprehensionExpr':
      [k.value.iterRange, k.value.accuInit, k.value.loopCondition, k.value.loopStep, k.value.result].forEach(up);
      break;
  }
  return m;
}
