import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import type { JSONSchemaProps } from '../crd/schema';
import { ENTRIES } from './two-var-comprehensions';

/**
 * Static cost estimate of a rule, modelled on cel-go's estimator as the API server configures it (hand-written:
 * @bufbuild/cel has no estimator). What is modelled: one unit per expression node, and comprehensions cost
 * (condition + step) × the maximum size of the iterated list or map, nested comprehensions multiplying.
 * Sizes come from maxItems / maxProperties, or, when unbounded, from how many of the smallest element fit in the
 * API server's 3 MiB request limit (as upstream). Approximated: string functions are charged one unit whatever
 * the string length (upstream charges by maxLength), so estimates of string-heavy rules are lower than upstream's.
 */
export const STATIC_ESTIMATED_COST_LIMIT = 10_000_000;
export const STATIC_ESTIMATED_CRD_COST_LIMIT = 100_000_000;
const MAX_REQUEST_SIZE_BYTES = 3 * 1024 * 1024;

/** Smallest JSON serialisation of a value of the schema, plus a separator (upstream estimateMinSizeJSON). */
function minSerializedSize(s: JSONSchemaProps | undefined): number {
  if (!s || s['x-kubernetes-int-or-string']) return 2;
  switch (s.type) {
    case 'string':
      return 2 + Math.max(0, s.minLength ?? 0) + 1; // `"",`
    case 'boolean':
      return 5; // `true,`
    case 'integer':
    case 'number':
      return 2; // `0,`
    case 'array':
    case 'object':
      return 3; // `[],` / `{},`
    default:
      return 2;
  }
}

/** Max number of elements of a list or map node: its declared bound, else what fits in a request. */
export function maxCardinality(s: JSONSchemaProps): number {
  if (s.type === 'array') return s.maxItems ?? Math.floor(MAX_REQUEST_SIZE_BYTES / minSerializedSize(s.items));
  const elem = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  // a map entry is at least `"":<value>,`
  return s.maxProperties ?? Math.floor(MAX_REQUEST_SIZE_BYTES / (3 + minSerializedSize(elem)));
}

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
}

function child(s: JSONSchemaProps | undefined, field: string): JSONSchemaProps | undefined {
  if (!s) return undefined;
  if (s.properties?.[field]) return s.properties[field];
  return typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
}

function cost(e: Expr | undefined, scope: Map<string, JSONSchemaProps | undefined>): Est {
  if (!e) return { cost: 0 };
  const k = e.exprKind;
  switch (k.case) {
    case 'identExpr':
      return { cost: 1, schema: scope.get(k.value.name) };
    case 'selectExpr': {
      const o = cost(k.value.operand, scope);
      return { cost: o.cost + 1, schema: k.value.testOnly ? undefined : child(o.schema, k.value.field) };
    }
    case 'callExpr': {
      const c = k.value;
      if (c.function === '__opkit_cost') return cost(c.args[0], scope); // our runtime meter, not part of the rule
      if (c.function === ENTRIES) return cost(c.args[0], scope); // two-variable comprehension range: same size
      const t = cost(c.target, scope);
      const args = c.args.map((a) => cost(a, scope));
      const total = 1 + t.cost + args.reduce((n, a) => n + a.cost, 0);
      if (c.function === '_[_]') return { cost: total, schema: args[0].schema?.items ?? child(args[0].schema, '') };
      return { cost: total };
    }
    case 'listExpr':
      return { cost: 1 + k.value.elements.reduce((n, a) => n + cost(a, scope).cost, 0) };
    case 'structExpr':
      return { cost: 1 + k.value.entries.reduce((n, en) => n + cost(en.value, scope).cost, 0) };
    case 'comprehensionExpr': {
      const c = k.value;
      const range = cost(c.iterRange, scope);
      const n = range.schema ? maxCardinality(range.schema) : 1;
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

/** How far over a limit, worded as the API server's getCostErrorMessage ("18.1x", "more than 100x"). */
export function overBudgetFactor(cost: number, limit: number): string {
  const factor = cost / limit;
  if (factor > 100) return 'more than 100x';
  if (factor < 1.5) return `${factor.toFixed(6)}x`; // Go's %f, so it never reads "1.0x"
  return `${factor.toFixed(1)}x`;
}
