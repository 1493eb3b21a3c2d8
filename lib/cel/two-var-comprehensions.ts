import { CelScalar, celFunc, isCelList, isCelMap, listType, mapType, type CelFunc, type CelInput } from '@bufbuild/cel';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';

/**
 * Two-variable comprehensions (cel-go ext.TwoVarComprehensions, Kubernetes 1.32+): `all`, `exists`,
 * `existsOne`, `transformList`, `transformMap` with an index/key and a value variable. The @bufbuild/cel 0.6
 * parser leaves these calls unexpanded and its comprehensions have one variable, so we expand them ourselves:
 * the range becomes `__opkit_entries(range)` (a list of [key, value] pairs) and the two variables become
 * `pair[0]` / `pair[1]` of a fresh iteration variable. Inside the body the variables are typed dyn.
 */
export const ENTRIES = '__opkit_entries';
const MAP_INSERT = '__opkit_map_insert';
const ACCU = '@result';

export const twoVarFunctions: CelFunc[] = [
  celFunc(ENTRIES, [CelScalar.DYN], listType(CelScalar.DYN), (v) => {
    if (isCelList(v)) return [...v].map((x, i) => [BigInt(i), x as CelInput]);
    if (isCelMap(v)) return [...v].map(([k, x]) => [k as CelInput, x as CelInput]);
    throw new Error('no such overload: comprehension range must be a list or a map');
  }),
  celFunc(MAP_INSERT, [mapType(CelScalar.DYN, CelScalar.DYN), CelScalar.DYN, CelScalar.DYN], mapType(CelScalar.DYN, CelScalar.DYN), (m, k, v) => {
    const out = new Map<any, CelInput>([...m] as [any, CelInput][]);
    if (out.has(k)) throw new Error(`insert failed: key ${String(k)} already exists`);
    out.set(k, v as CelInput);
    return out;
  }),
];

let counter = 0;
const node = (id: bigint, exprKind: object): Expr => ({ $typeName: 'cel.expr.Expr', id, exprKind }) as unknown as Expr;
const ident = (id: bigint, name: string) => node(id, { case: 'identExpr', value: { $typeName: 'cel.expr.Expr.Ident', name } });
const call = (id: bigint, fn: string, args: Expr[]) => node(id, { case: 'callExpr', value: { $typeName: 'cel.expr.Expr.Call', function: fn, args } });
const constant = (id: bigint, c: object) => node(id, { case: 'constExpr', value: { $typeName: 'cel.expr.Constant', constantKind: c } });
const int = (id: bigint, n: number) => constant(id, { case: 'int64Value', value: BigInt(n) });
const bool = (id: bigint, b: boolean) => constant(id, { case: 'boolValue', value: b });

/** Replaces identifiers `from` by `to()` in `e`, except where an inner comprehension rebinds the name. */
function substitute(e: Expr | undefined, from: string, to: () => Expr): Expr | undefined {
  if (!e) return e;
  const k = e.exprKind;
  switch (k.case) {
    case 'identExpr':
      return k.value.name === from ? to() : e;
    case 'selectExpr':
      k.value.operand = substitute(k.value.operand, from, to);
      return e;
    case 'callExpr':
      k.value.target = substitute(k.value.target, from, to);
      k.value.args = k.value.args.map((a) => substitute(a, from, to)!);
      return e;
    case 'listExpr':
      k.value.elements = k.value.elements.map((a) => substitute(a, from, to)!);
      return e;
    case 'structExpr':
      for (const en of k.value.entries) {
        en.value = substitute(en.value, from, to);
        if (en.keyKind.case === 'mapKey') en.keyKind.value = substitute(en.keyKind.value, from, to)!;
      }
      return e;
    case 'comprehensionExpr': {
      const c = k.value;
      c.iterRange = substitute(c.iterRange, from, to);
      c.accuInit = substitute(c.accuInit, from, to);
      if (c.iterVar !== from && c.accuVar !== from) {
        c.loopCondition = substitute(c.loopCondition, from, to);
        c.loopStep = substitute(c.loopStep, from, to);
      }
      if (c.accuVar !== from) c.result = substitute(c.result, from, to);
      return e;
    }
    default:
      return e;
  }
}

const isIdent = (e: Expr | undefined): e is Expr => e?.exprKind.case === 'identExpr';
const FORMS: Record<string, number[]> = { all: [3], exists: [3], existsOne: [3], exists_one: [3], transformList: [3, 4], transformMap: [3, 4] };

/** Expands every two-variable comprehension in `e` (bottom-up), returning the new tree. */
export function expandTwoVarComprehensions(e: Expr | undefined): Expr | undefined {
  if (!e) return e;
  const k = e.exprKind;
  switch (k.case) {
    case 'selectExpr':
      k.value.operand = expandTwoVarComprehensions(k.value.operand);
      return e;
    case 'listExpr':
      k.value.elements = k.value.elements.map((a) => expandTwoVarComprehensions(a)!);
      return e;
    case 'structExpr':
      for (const en of k.value.entries) en.value = expandTwoVarComprehensions(en.value);
      return e;
    case 'comprehensionExpr': {
      const c = k.value;
      c.iterRange = expandTwoVarComprehensions(c.iterRange);
      c.accuInit = expandTwoVarComprehensions(c.accuInit);
      c.loopCondition = expandTwoVarComprehensions(c.loopCondition);
      c.loopStep = expandTwoVarComprehensions(c.loopStep);
      c.result = expandTwoVarComprehensions(c.result);
      return e;
    }
    case 'callExpr':
      break;
    default:
      return e;
  }
  const c = k.value;
  c.target = expandTwoVarComprehensions(c.target);
  c.args = c.args.map((a) => expandTwoVarComprehensions(a)!);
  const [a, b, ...body] = c.args;
  if (!c.target || !FORMS[c.function]?.includes(c.args.length) || !isIdent(a) || !isIdent(b)) return e;

  const id = e.id;
  const it = `@it${++counter}`;
  const bind = (x: Expr | undefined) =>
    substitute(
      substitute(x, (a.exprKind.value as { name: string }).name, () => call(id, '_[_]', [ident(id, it), int(id, 0)])),
      (b.exprKind.value as { name: string }).name,
      () => call(id, '_[_]', [ident(id, it), int(id, 1)]),
    )!;
  const [first, second] = body.map(bind);
  const accu = () => ident(id, ACCU);
  let init: Expr;
  let cond: Expr = bool(id, true);
  let step: Expr;
  let result: Expr = accu();
  switch (c.function) {
    case 'all':
      init = bool(id, true);
      cond = call(id, '@not_strictly_false', [accu()]);
      step = call(id, '_&&_', [accu(), first]);
      break;
    case 'exists':
      init = bool(id, false);
      cond = call(id, '@not_strictly_false', [call(id, '!_', [accu()])]);
      step = call(id, '_||_', [accu(), first]);
      break;
    case 'existsOne':
    case 'exists_one':
      init = int(id, 0);
      step = call(id, '_?_:_', [first, call(id, '_+_', [accu(), int(id, 1)]), accu()]);
      result = call(id, '_==_', [accu(), int(id, 1)]);
      break;
    case 'transformList': {
      init = node(id, { case: 'listExpr', value: { $typeName: 'cel.expr.Expr.CreateList', elements: [], optionalIndices: [] } });
      const append = (x: Expr) => call(id, '_+_', [accu(), node(id, { case: 'listExpr', value: { $typeName: 'cel.expr.Expr.CreateList', elements: [x], optionalIndices: [] } })]);
      step = second ? call(id, '_?_:_', [first, append(second), accu()]) : append(first);
      break;
    }
    default: {
      // transformMap: the key is kept, the value transformed
      init = node(id, { case: 'structExpr', value: { $typeName: 'cel.expr.Expr.CreateStruct', messageName: '', entries: [] } });
      const key = () => call(id, '_[_]', [ident(id, it), int(id, 0)]);
      const insert = (x: Expr) => call(id, MAP_INSERT, [accu(), key(), x]);
      step = second ? call(id, '_?_:_', [first, insert(second), accu()]) : insert(first);
    }
  }
  return node(id, {
    case: 'comprehensionExpr',
    value: {
      $typeName: 'cel.expr.Expr.Comprehension',
      iterVar: it,
      iterVar2: '',
      iterRange: call(id, ENTRIES, [c.target]),
      accuVar: ACCU,
      accuInit: init,
      loopCondition: cond,
      loopStep: step,
      result,
    },
  });
}
