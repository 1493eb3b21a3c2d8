import { parse, plan } from '@bufbuild/cel';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import type { Finding } from '../report/finding';
import type { CelProgram } from './compile';
import { instrument, nodeCount } from './cost-guard';
import { kubernetesEnv } from './environment';
import { kubeMinor } from './kube-version';
import { maskOptionalSyntax, restoreOptionalSyntax, toOptionalAccess } from './optional-syntax';
import { typeName, type SchemaCelType } from './schema-cel-type';
import { expandTwoVarComprehensions } from './two-var-comprehensions';
import { typeCheck } from './typecheck';
import { UNORDERED_EQUALS, UNORDERED_NOT_EQUALS } from './unordered-equality';

export interface CompiledExpression {
  readonly program: CelProgram;
  /** References `oldSelf`. */
  readonly usesOldSelf: boolean;
  /** Expression size, charged per evaluation on top of comprehension iterations. */
  readonly baseCost: number;
  /** The (rewritten, instrumented) tree, for the static cost estimate. */
  readonly expr: Expr;
}

export interface ExpressionOptions {
  readonly kubeVersion: string;
  /** `oldSelf` is an optional (rule with optionalOldSelf). */
  readonly optionalOldSelf: boolean;
  /** The result type required: rules are bool, messageExpressions string. */
  readonly want: 'bool' | 'string';
}

/**
 * Compiles one CEL expression with `self`/`oldSelf` of the given type, the steps cel-go's env.Compile +
 * env.Program do for the API server: parse, (1.32+) expand two-variable comprehensions, type-check, then our
 * rewrites (order-insensitive list equality, cost meter) and planning. Returns the problem as a finding
 * without a field (the caller knows the schema path).
 */
export function compileExpression(
  source: string,
  selfType: SchemaCelType,
  options: ExpressionOptions,
): CompiledExpression | { problem: Omit<Finding, 'field'> } {
  const minor = kubeMinor(options.kubeVersion);
  const error = (message: string) => ({ problem: { severity: 'error' as const, rule: 'cel.compile', message: `Invalid value: ${JSON.stringify(source)}: ${message}` } });
  // optional syntax (`x.?f`, `x[?k]`, `[?a]`, `{?k: v}`) exists from 1.28 (cel.OptionalTypes in base.go)
  const optional = minor >= 28 ? maskOptionalSyntax(source) : undefined;
  let parsed;
  try {
    parsed = parse(optional?.masked ?? source);
  } catch (e) {
    return error(`compilation failed: ${(e as Error).message.split('\n')[0]}`);
  }
  if (optional) restoreOptionalSyntax(parsed.expr!, parsed.sourceInfo, optional.marks);
  const internal = /__opkit_\w*/.exec(source);
  if (internal) return error(`compilation failed: undeclared reference to '${internal[0]}' (in container '')`); // our helpers are not upstream's
  if (minor >= 32) parsed.expr = expandTwoVarComprehensions(parsed.expr)!;

  const env = kubernetesEnv(options.kubeVersion);
  const vars = new Map<string, SchemaCelType>([
    ['self', selfType],
    ['oldSelf', options.optionalOldSelf ? { kind: 'optional', inner: selfType } : selfType],
  ]);
  const checked = typeCheck(parsed.expr, parsed.sourceInfo, vars, env, minor >= 28);
  if (checked.errors.length) return error(`compilation failed: ${checked.errors.join('; ')}`);
  if (checked.type.kind !== options.want && checked.type.kind !== 'dyn') {
    const what = options.want === 'bool' ? 'cel expression must evaluate to a bool' : 'messageExpression must evaluate to a string';
    return error(`${what} (got ${typeName(checked.type)})`);
  }

  for (const e of checked.optionalChains) toOptionalAccess(e);
  for (const eq of checked.unorderedEqualities) {
    if (eq.exprKind.case === 'callExpr') eq.exprKind.value.function = eq.exprKind.value.function === '_==_' ? UNORDERED_EQUALS : UNORDERED_NOT_EQUALS;
  }
  const usesOldSelf = references(parsed.expr, 'oldSelf');
  const baseCost = nodeCount(parsed.expr);
  instrument(parsed.expr);
  let program: CelProgram;
  try {
    program = plan(env, parsed) as CelProgram;
  } catch (e) {
    return error(`program instantiation failed: ${(e as Error).message}`); // upstream's wording for this stage
  }
  return { program, usesOldSelf, baseCost, expr: parsed.expr };
}

/** Whether identifier `name` occurs in `e` (a transition rule references oldSelf). */
function references(e: Expr | undefined, name: string): boolean {
  if (!e) return false;
  const k = e.exprKind;
  switch (k.case) {
    case 'identExpr':
      return k.value.name === name;
    case 'selectExpr':
      return references(k.value.operand, name);
    case 'callExpr':
      return references(k.value.target, name) || k.value.args.some((a) => references(a, name));
    case 'listExpr':
      return k.value.elements.some((a) => references(a, name));
    case 'structExpr':
      return k.value.entries.some((en) => references(en.value, name) || (en.keyKind.case === 'mapKey' && references(en.keyKind.value, name)));
    case 'comprehensionExpr': {
      const c = k.value;
      return [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result].some((x) => references(x, name));
    }
    default:
      return false;
  }
}
