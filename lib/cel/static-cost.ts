import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import type { JSONSchemaProps } from '../schema/json-schema-props';
import { fieldSchema, maxElements, maxStringLength } from './schema-sizes';
import { ENTRIES } from './two-var-comprehensions';

/**
 * Static cost estimate of a rule, modelled on cel-go's estimator (checker/cost.go) as the API server configures it
 * (hand-written: @bufbuild/cel has no estimator). What is modelled: literals cost 0, identifiers, field selections
 * and calls 1 (presence tests, `&&`, `||` and `?:` only their operands, `?:` the dearer branch), list / map
 * literals 10 / 30, `in` a list the list's size, and comprehensions cost
 * (condition + step) × the maximum size of the iterated list or map, nested comprehensions multiplying.
 * Sizes come from maxItems / maxProperties, or, when unbounded, from how many of the smallest element fit in the
 * API server's 3 MiB request limit (as upstream). String operations (comparisons, concatenation, contains,
 * matches, find, split...) cost 0.1 per character of the string's maxLength (unbounded: the request limit), as
 * cel-go's string traversal factor; `matches`/`find`/`findAll` multiply that by a quarter of the regex length and
 * `contains` charges the product of both lengths, as cel-go. Not modelled: list concatenation and map/filter
 * result sizes (charged as one unit per step), so estimates of rules built on those are lower than upstream's.
 */
/** apiextensions validation StaticEstimatedCostLimit: per rule, × how often the rule can run. */
export const STATIC_ESTIMATED_COST_LIMIT = 10_000_000;
/** apiextensions validation StaticEstimatedCRDCostLimit: all rules of one version's schema together. */
export const STATIC_ESTIMATED_CRD_COST_LIMIT = 100_000_000;

/** Estimated worst-case cost of evaluating `expr` with `self` bound to a value of `schema`. */
export function estimateRuleCost(expr: Expr, schema: JSONSchemaProps): number {
  const scope = new Map<string, JSONSchemaProps | undefined>([
    ['self', schema],
    ['oldSelf', schema],
  ]);
  return cost(expr, scope).cost;
}

interface Est {
  cost: number;
  /** Schema of the value, when it is known to come from `self`. */
  schema?: JSONSchemaProps;
  /** Maximum length, when the value is a string of known bound (literal or schema maxLength). */
  strLen?: number;
}

const STRING_TRAVERSAL_FACTOR = 0.1;
/** cel-go's base costs of list, map and message literals (common/cost.go). */
const LIST_CREATE_BASE_COST = 10;
const MAP_CREATE_BASE_COST = 30;
const STRUCT_CREATE_BASE_COST = 40;
const isCollection = (s: JSONSchemaProps) => s.type === 'array' || (s.type === 'object' && typeof s.additionalProperties === 'object');
/** Methods whose cost grows with the length of the string they are called on. */
const STRING_SCANS = new Set([
  'contains', 'startsWith', 'endsWith', 'matches', 'find', 'findAll', 'split', 'replace', 'lowerAscii', 'upperAscii',
  'trim', 'indexOf', 'lastIndexOf', 'substring', 'charAt', 'join', 'quote',
]);
const REGEX_SCANS = new Set(['matches', 'find', 'findAll']);
const REGEX_LENGTH_FACTOR = 0.25;
const COMPARISONS = new Set(['_==_', '_!=_', '_<_', '_<=_', '_>_', '_>=_']);
const traversal = (len: number | undefined) => (len === undefined ? 0 : Math.ceil(len * STRING_TRAVERSAL_FACTOR));

/** A value of the schema: a string's maxLength, or the longest string a request can hold. */
function withSchema(cost: number, schema: JSONSchemaProps | undefined): Est {
  const strLen = schema?.type === 'string' ? maxStringLength(schema) : undefined;
  return { cost, schema, strLen };
}

function cost(e: Expr | undefined, scope: Map<string, JSONSchemaProps | undefined>): Est {
  if (!e) return { cost: 0 };
  const k = e.exprKind;
  switch (k.case) {
    case 'constExpr':
      return { cost: 0, strLen: k.value.constantKind.case === 'stringValue' ? k.value.constantKind.value.length : undefined };
    case 'identExpr':
      return withSchema(1, scope.get(k.value.name));
    case 'selectExpr': {
      const o = cost(k.value.operand, scope);
      // a presence test (`has()`) adds nothing to its operand's cost (cel-go costSelect)
      return k.value.testOnly ? { cost: o.cost } : withSchema(o.cost + 1, fieldSchema(o.schema, k.value.field));
    }
    case 'callExpr': {
      const c = k.value;
      if (c.function === '__opkit_cost') return cost(c.args[0], scope); // our runtime meter, not part of the rule
      if (c.function === ENTRIES) return cost(c.args[0], scope); // two-variable comprehension range: same size
      const t = cost(c.target, scope);
      const args = c.args.map((a) => cost(a, scope));
      const argCost = t.cost + args.reduce((n, a) => n + a.cost, 0);
      // cel-go: logical operators cost their operands; a conditional its condition and the dearer branch
      if (c.function === '_&&_' || c.function === '_||_') return { cost: argCost };
      if (c.function === '_?_:_') return { cost: args[0].cost + Math.max(args[1].cost, args[2].cost) };
      const total = 1 + argCost;
      if (c.function === '@in' && args[1]?.schema && isCollection(args[1].schema)) {
        return { cost: argCost + maxElements(args[1].schema) }; // list containment is O(n)
      }
      if (c.function === '_[_]') return withSchema(total, args[0].schema?.items ?? fieldSchema(args[0].schema, indexKey(c.args[1])));
      if (c.target && REGEX_SCANS.has(c.function) && t.strLen !== undefined) {
        // cel-go: string traversal × regex size / 4 (a regex "expression" is assumed ~4 characters)
        return { cost: total + traversal(t.strLen) * Math.max(1, Math.ceil((args[0]?.strLen ?? 0) * REGEX_LENGTH_FACTOR)) };
      }
      if (c.target && c.function === 'contains' && t.strLen !== undefined && args[0]?.strLen !== undefined) {
        return { cost: total + traversal(t.strLen * Math.max(1, args[0].strLen)) }; // cel-go: product of both lengths
      }
      if (c.target && STRING_SCANS.has(c.function)) return { cost: total + traversal(t.strLen) + traversal(args[0]?.strLen) };
      if (COMPARISONS.has(c.function) && args[0].strLen !== undefined && args[1]?.strLen !== undefined) {
        return { cost: total + traversal(Math.min(args[0].strLen, args[1].strLen)) };
      }
      if (c.function === '_+_' && args[0].strLen !== undefined && args[1]?.strLen !== undefined) {
        const strLen = args[0].strLen + args[1].strLen;
        return { cost: total + traversal(strLen), strLen };
      }
      return { cost: total };
    }
    case 'listExpr':
      return { cost: LIST_CREATE_BASE_COST + k.value.elements.reduce((n, a) => n + cost(a, scope).cost, 0) };
    case 'structExpr': {
      const base = k.value.messageName ? STRUCT_CREATE_BASE_COST : MAP_CREATE_BASE_COST;
      const entries = k.value.entries.reduce((n, en) => n + cost(en.value, scope).cost + (en.keyKind.case === 'mapKey' ? cost(en.keyKind.value, scope).cost : 0), 0);
      return { cost: base + entries };
    }
    case 'comprehensionExpr': {
      const c = k.value;
      const range = cost(c.iterRange, scope);
      const n = range.schema ? maxElements(range.schema) : 1;
      const inner = new Map(scope);
      inner.set(c.iterVar, range.schema?.type === 'array' ? range.schema.items : undefined);
      inner.set(c.accuVar, undefined);
      const perIteration = cost(c.loopCondition, inner).cost + cost(c.loopStep, inner).cost;
      return { cost: range.cost + cost(c.accuInit, scope).cost + n * perIteration + cost(c.result, inner).cost };
    }
    default:
      return { cost: 1 };
  }
}

/** The key of `x[key]` when it is a string literal (an object field or map key). */
function indexKey(e: Expr | undefined): string {
  const k = e?.exprKind;
  return k?.case === 'constExpr' && k.value.constantKind.case === 'stringValue' ? k.value.constantKind.value : '';
}

/** How far over a limit, worded as the API server's getCostErrorMessage ("18.1x", "more than 100x"). */
export function overBudgetFactor(cost: number, limit: number): string {
  const factor = cost / limit;
  if (factor > 100) return 'more than 100x';
  if (factor < 1.5) return `${factor.toFixed(6)}x`; // Go's %f, so it never reads "1.0x"
  return `${factor.toFixed(1)}x`;
}
