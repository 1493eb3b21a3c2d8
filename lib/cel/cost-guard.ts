import { CelScalar, celFunc, type CelFunc } from '@bufbuild/cel';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';

/**
 * Runtime cost limit. @bufbuild/cel has no cost tracking or cancellation, so at compile time every comprehension's
 * loop condition is wrapped in `__opkit_cost(cond, n)`, where n is the number of expression nodes one iteration
 * evaluates (cel-go charges about one unit per node). The function charges n to the running call's budget and
 * fails the call once it passes the API server's per-call limit or a wall-clock deadline, so a runaway rule stops.
 * Hand-written: no library provides this for @bufbuild/cel.
 */
export const PER_CALL_COST_LIMIT = 1_000_000;

export const ACTUAL_COST_EXCEEDED = 'operation cancelled: actual cost limit exceeded';
export const TIME_BUDGET_EXCEEDED = 'operation cancelled: evaluation time budget exceeded';

/** The budget of the call being evaluated (evaluation is synchronous, so one module-level meter suffices). */
export const meter = { used: 0, limit: PER_CALL_COST_LIMIT, deadline: Infinity, exceeded: '' };

export function startCall(limit: number, deadline: number): void {
  meter.used = 0;
  meter.limit = limit;
  meter.deadline = deadline;
  meter.exceeded = '';
}

export const costFunction: CelFunc = celFunc('__opkit_cost', [CelScalar.DYN, CelScalar.INT], CelScalar.DYN, (cond, n) => {
  meter.used += Number(n);
  if (meter.used > meter.limit) meter.exceeded = ACTUAL_COST_EXCEEDED;
  else if ((meter.used & 0x3ff) < Number(n) && Date.now() > meter.deadline) meter.exceeded = TIME_BUDGET_EXCEEDED;
  if (meter.exceeded) throw new Error(meter.exceeded);
  return cond;
});

/** Number of expression nodes under `e`. */
export function nodeCount(e: Expr | undefined): number {
  if (!e) return 0;
  const k = e.exprKind;
  switch (k.case) {
    case 'selectExpr':
      return 1 + nodeCount(k.value.operand);
    case 'callExpr':
      return 1 + nodeCount(k.value.target) + k.value.args.reduce((n, a) => n + nodeCount(a), 0);
    case 'listExpr':
      return 1 + k.value.elements.reduce((n, a) => n + nodeCount(a), 0);
    case 'structExpr':
      return 1 + k.value.entries.reduce((n, en) => n + nodeCount(en.value) + (en.keyKind.case === 'mapKey' ? nodeCount(en.keyKind.value) : 0), 0);
    case 'comprehensionExpr':
      return 1 + nodeCount(k.value.iterRange) + nodeCount(k.value.accuInit) + nodeCount(k.value.loopCondition) + nodeCount(k.value.loopStep) + nodeCount(k.value.result);
    default:
      return 1;
  }
}

/** Wraps every comprehension's loop condition with the cost meter (mutates the freshly parsed tree). */
export function instrument(e: Expr | undefined): void {
  if (!e) return;
  const k = e.exprKind;
  switch (k.case) {
    case 'selectExpr':
      return instrument(k.value.operand);
    case 'callExpr':
      instrument(k.value.target);
      return k.value.args.forEach(instrument);
    case 'listExpr':
      return k.value.elements.forEach(instrument);
    case 'structExpr':
      return k.value.entries.forEach((en) => {
        instrument(en.value);
        if (en.keyKind.case === 'mapKey') instrument(en.keyKind.value);
      });
    case 'comprehensionExpr': {
      const c = k.value;
      [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result].forEach(instrument);
      const perIteration = nodeCount(c.loopCondition) + nodeCount(c.loopStep) + 1;
      c.loopCondition = call(e.id, '__opkit_cost', [c.loopCondition!, intConst(e.id, perIteration)]);
      return;
    }
  }
}

function call(id: bigint, fn: string, args: Expr[]): Expr {
  return {
    $typeName: 'cel.expr.Expr',
    id,
    exprKind: { case: 'callExpr', value: { $typeName: 'cel.expr.Expr.Call', function: fn, args } },
  } as unknown as Expr;
}

function intConst(id: bigint, n: number): Expr {
  return {
    $typeName: 'cel.expr.Expr',
    id,
    exprKind: { case: 'constExpr', value: { $typeName: 'cel.expr.Constant', constantKind: { case: 'int64Value', value: BigInt(n) } } },
  } as unknown as Expr;
}
