import type { CelEnv, CelType } from '@bufbuild/cel';
import type { Expr, SourceInfo } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import { escapeProperty, unescapeProperty } from './escaping';
import { OPAQUE_METHOD_TARGETS, OPAQUE_RESULTS, OPTIONAL } from './libraries/opaque-types';
import { OPTIONAL_INDEX, OPTIONAL_LIST_ENTRY, OPTIONAL_MAP_ENTRY, OPTIONAL_SELECT } from './optional-syntax';
import { BOOL, DOUBLE, DYN, INT, STRING, typeName, type SchemaCelType } from './schema-cel-type';

/**
 * Our own static type check of a parsed rule. @bufbuild/cel 0.6 has a checker, but it is not exported and it
 * cannot declare Kubernetes object types; this pass does what the API server's compile step reports most
 * often: undefined fields on schema objects, undeclared identifiers and functions, overloads that cannot match,
 * and the result type (rules must be bool, messageExpressions string). Where a type is unknown it is `dyn`
 * and nothing is reported (no false positives).
 */
export interface TypeCheckResult {
  readonly type: SchemaCelType;
  readonly errors: string[];
  /**
   * `==` / `!=` calls comparing a list declared `x-kubernetes-list-type: set|map`: the API server compares those
   * ignoring order, so compile.ts rewrites them to an order-insensitive comparison.
   */
  readonly unorderedEqualities: Expr[];
  /** Field selections and indexes on optional values: optional themselves (compile-expression.ts makes them optional accesses). */
  readonly optionalChains: Expr[];
}

/** Type names usable as identifiers (`type(x) == string`). */
const TYPE_IDENTS = new Set(['int', 'uint', 'double', 'bool', 'string', 'bytes', 'list', 'map', 'null_type', 'type', 'dyn']);

/** Scalars whose mixing cel-go's checker rejects in `==` / `!=` (heterogeneous equality needs dyn). */
const SCALARS = new Set(['int', 'double', 'string', 'bool', 'bytes']);
const ORDERINGS = new Set(['_<_', '_<=_', '_>_', '_>=_']);

export function typeCheck(
  expr: Expr,
  sourceInfo: SourceInfo | undefined,
  vars: ReadonlyMap<string, SchemaCelType>,
  env: CelEnv,
  /** int/double orderings (`1 < 1.5`) type-check only from Kubernetes 1.28 (cel.CrossTypeNumericComparisons). */
  crossTypeNumericComparisons = true,
): TypeCheckResult {
  const errors: string[] = [];
  const unorderedEqualities: Expr[] = [];
  const optionalChains: Expr[] = [];
  const where = (e: Expr) => {
    const offset = sourceInfo?.positions[e.id.toString()] ?? 0;
    const lines = sourceInfo?.lineOffsets ?? [];
    let line = 1;
    let start = 0;
    for (const lo of lines) if (lo <= offset) { line++; start = lo; }
    return `ERROR: <input>:${line}:${offset - start + 1}`;
  };
  const err = (e: Expr, msg: string) => {
    errors.push(`${where(e)}: ${msg}`);
    return DYN;
  };

  const qualifiedName = (e: Expr, scope: ReadonlyMap<string, SchemaCelType>): string | undefined => {
    if (e.exprKind.case === 'identExpr') return scope.has(e.exprKind.value.name) ? undefined : e.exprKind.value.name;
    if (e.exprKind.case === 'selectExpr' && !e.exprKind.value.testOnly) {
      const q = qualifiedName(e.exprKind.value.operand!, scope);
      return q === undefined ? undefined : `${q}.${e.exprKind.value.field}`;
    }
    return undefined;
  };

  const visit = (e: Expr, scope: ReadonlyMap<string, SchemaCelType>): SchemaCelType => {
    const k = e.exprKind;
    switch (k.case) {
      case 'constExpr':
        switch (k.value.constantKind.case) {
          case 'int64Value':
            return INT;
          case 'doubleValue':
            return DOUBLE;
          case 'stringValue':
            return STRING;
          case 'boolValue':
            return BOOL;
          case 'bytesValue':
            return { kind: 'bytes' };
          case 'nullValue':
            return { kind: 'null' };
          default:
            return DYN;
        }
      case 'identExpr': {
        const t = scope.get(k.value.name);
        if (t) return t;
        if (TYPE_IDENTS.has(k.value.name)) return DYN;
        return err(e, `undeclared reference to '${k.value.name}' (in container '')`);
      }
      case 'selectExpr': {
        const q = qualifiedName(e, scope);
        if (q !== undefined && !scope.has(q.split('.')[0]) && env.funcs.find(q) === undefined) {
          // a namespaced identifier that is neither a variable nor a function
          return err(e, `undeclared reference to '${q}' (in container '')`);
        }
        const operand = visit(k.value.operand!, scope);
        const field = k.value.field;
        if (operand.kind === 'optional' && !k.value.testOnly) {
          optionalChains.push(e);
          return optionalOf(select(e, operand.inner, field));
        }
        const t = select(e, operand, field);
        return k.value.testOnly ? BOOL : t;
      }
      case 'callExpr':
        return call(e, k.value.function, k.value.target, k.value.args, scope);
      case 'listExpr': {
        const elems = k.value.elements.map((x) => visit(x, scope));
        homogeneous(k.value.elements, elems);
        return { kind: 'list', elem: join(elems) };
      }
      case 'structExpr': {
        const keys: Expr[] = [];
        const keyTypes: SchemaCelType[] = [];
        const values: Expr[] = [];
        const valueTypes: SchemaCelType[] = [];
        for (const entry of k.value.entries) {
          if (entry.keyKind.case === 'mapKey') {
            keys.push(entry.keyKind.value);
            keyTypes.push(visit(entry.keyKind.value, scope));
          }
          if (entry.value) {
            values.push(entry.value);
            valueTypes.push(visit(entry.value, scope));
          }
        }
        if (k.value.messageName) return DYN;
        homogeneous(keys, keyTypes);
        homogeneous(values, valueTypes);
        return { kind: 'map', value: join(valueTypes) };
      }
      case 'comprehensionExpr': {
        const c = k.value;
        const range = visit(c.iterRange!, scope);
        let iterType: SchemaCelType = DYN;
        if (range.kind === 'list') iterType = range.elem;
        else if (range.kind === 'map' || range.kind === 'object') iterType = STRING;
        else if (range.kind !== 'dyn') err(c.iterRange!, `expression of type '${typeName(range)}' cannot be range of a comprehension (must be list, map, or dynamic)`);
        const accuType = visit(c.accuInit!, scope);
        const inner = new Map(scope);
        inner.set(c.accuVar, accuType);
        inner.set(c.iterVar, iterType);
        visit(c.loopCondition!, inner);
        visit(c.loopStep!, inner);
        const outer = new Map(scope);
        outer.set(c.accuVar, accuType);
        return visit(c.result!, outer);
      }
      default:
        return DYN;
    }
  };

  /** The API server's environment has cel.HomogeneousAggregateLiterals: `[1, 'a']` does not compile. */
  const homogeneous = (exprs: Expr[], types: SchemaCelType[]) => {
    const first = types.findIndex((t) => t.kind !== 'dyn');
    for (let i = first + 1; first >= 0 && i < types.length; i++) {
      if (types[i].kind !== 'dyn' && typeName(types[i]) !== typeName(types[first])) {
        err(exprs[i], `expected type '${typeName(types[first])}' but found '${typeName(types[i])}'`);
        return;
      }
    }
  };

  const select = (e: Expr, operand: SchemaCelType, field: string): SchemaCelType => {
    switch (operand.kind) {
      case 'object': {
        const f = operand.fields.get(field);
        return f ?? err(e, `undefined field '${field}'`);
      }
      case 'map':
        return operand.value;
      case 'dyn':
        return DYN;
      default:
        return err(e, `type '${typeName(operand)}' does not support field selection`);
    }
  };

  const call = (
    e: Expr,
    fn: string,
    target: Expr | undefined,
    args: Expr[],
    scope: ReadonlyMap<string, SchemaCelType>,
  ): SchemaCelType => {
    // `strings.quote(x)`, `optional.none()`: a namespaced function, not a method on a variable.
    const ns = target ? qualifiedName(target, scope) : undefined;
    if (ns !== undefined) {
      if (env.funcs.find(`${ns}.${fn}`)) return call(e, `${ns}.${fn}`, undefined, args, scope);
      args.forEach((a) => visit(a, scope));
      return err(e, `undeclared reference to '${ns}.${fn}' (in container '')`);
    }
    const targetType = target ? visit(target, scope) : undefined;
    const argTypes = args.map((a) => visit(a, scope));
    switch (fn) {
      case '_&&_':
      case '_||_':
      case '!_':
      case '@not_strictly_false':
        return BOOL;
      case '_?_:_':
        return join([argTypes[1], argTypes[2]]);
      case '_[_]':
        if (argTypes[0].kind === 'optional') {
          optionalChains.push(e);
          return optionalOf(index(e, argTypes[0].inner, args[1], argTypes[1]));
        }
        return index(e, argTypes[0], args[1], argTypes[1]);
      case OPTIONAL_SELECT: {
        const field = args[1].exprKind.case === 'constExpr' ? String(args[1].exprKind.value.constantKind.value) : '';
        return optionalOf(select(e, unwrapOptional(argTypes[0]), field));
      }
      case OPTIONAL_INDEX:
        return optionalOf(index(e, unwrapOptional(argTypes[0]), args[1], argTypes[1]));
      case OPTIONAL_LIST_ENTRY:
      case OPTIONAL_MAP_ENTRY: {
        const o = argTypes[argTypes.length - 1];
        if (o.kind !== 'optional' && o.kind !== 'dyn') {
          return err(args[args.length - 1], `expected type 'optional_type(${typeName(o)})' but found '${typeName(o)}'`);
        }
        const inner = o.kind === 'optional' ? o.inner : DYN;
        return fn === OPTIONAL_LIST_ENTRY ? { kind: 'list', elem: inner } : argTypes[0];
      }
      case '__opkit_cost':
        return argTypes[0];
    }
    const [l, r] = argTypes;
    const mixed = argTypes.length === 2 && SCALARS.has(l.kind) && SCALARS.has(r.kind) && l.kind !== r.kind;
    const numeric = (t: SchemaCelType) => t.kind === 'int' || t.kind === 'double';
    // an optional equals only an optional (or dyn / null): `self.?a == 'x'` does not type-check
    const optionalMix = argTypes.length === 2 && (l.kind === 'optional') !== (r.kind === 'optional') && ![l.kind, r.kind].some((k) => k === 'dyn' || k === 'null');
    if ((fn === '_==_' || fn === '_!=_') && optionalMix) {
      return err(e, `found no matching overload for '${fn}' applied to '(${typeName(l)}, ${typeName(r)})'`);
    }
    if (
      mixed &&
      (fn === '_==_' || fn === '_!=_' || (ORDERINGS.has(fn) && !(crossTypeNumericComparisons && numeric(l) && numeric(r))))
    ) {
      return err(e, `found no matching overload for '${fn}' applied to '(${typeName(l)}, ${typeName(r)})'`);
    }
    if ((fn === '_==_' || fn === '_!=_') && argTypes.some((t) => t.kind === 'list' && (t.listType === 'set' || t.listType === 'map'))) {
      unorderedEqualities.push(e);
    }
    const group = env.funcs.find(fn);
    if (!group) return err(e, `undeclared reference to '${fn}' (in container '')`);
    const matches = [...group].filter(
      (f) =>
        (f.target !== undefined) === (targetType !== undefined) &&
        f.arguments.length === argTypes.length &&
        (targetType === undefined || assignable(targetType, f.target!)) &&
        argTypes.every((a, i) => assignable(a, f.arguments[i])),
    );
    const noOverload = () =>
      err(e, `found no matching overload for '${fn}' applied to '${targetType ? `${typeName(targetType)}.` : ''}(${argTypes.map(typeName).join(', ')})'`);
    if (matches.length === 0) return noOverload();
    // library values are maps inside the engine: only their own methods apply to them (`opt.size()` does not)
    if (targetType && (targetType.kind === 'optional' || targetType.kind === 'opaque') && !OPAQUE_METHOD_TARGETS.has(fn)) return noOverload();
    // methods of the library types apply only to the types that define them
    const opaqueTargets = targetType ? OPAQUE_METHOD_TARGETS.get(fn) : undefined;
    if (opaqueTargets && targetType && matches.every((m) => m.target?.kind === 'map')) {
      const tag = targetType.kind === 'opaque' ? targetType.name : targetType.kind === 'optional' ? OPTIONAL : targetType.kind;
      if (targetType.kind !== 'dyn' && !opaqueTargets.has(tag)) return noOverload();
    }
    if (targetType?.kind === 'optional') {
      if (fn === 'value') return targetType.inner;
      if (fn === 'orValue') return join([targetType.inner, argTypes[0]]);
    }
    const opaqueResult = OPAQUE_RESULTS.get(fn);
    if (opaqueResult && matches.every((m) => m.result.kind === 'map')) {
      if (opaqueResult !== OPTIONAL) return { kind: 'opaque', name: opaqueResult };
      const inner =
        fn === 'optional.of' || fn === 'optional.ofNonZeroValue' ? argTypes[0] : (fn === 'first' || fn === 'last') && targetType?.kind === 'list' ? targetType.elem : DYN;
      return { kind: 'optional', inner };
    }
    if (fn === '_+_' && argTypes[0].kind === 'list') return join([argTypes[0], argTypes[1]]);
    return join(matches.map((m) => fromCelType(m.result)));
  };

  const index = (e: Expr, operand: SchemaCelType, keyExpr: Expr, key: SchemaCelType): SchemaCelType => {
    switch (operand.kind) {
      case 'list':
        if (key.kind !== 'int' && key.kind !== 'dyn') return err(e, `found no matching overload for '_[_]' applied to '(${typeName(operand)}, ${typeName(key)})'`);
        return operand.elem;
      case 'map':
        return operand.value;
      case 'object': {
        const k = keyExpr.exprKind;
        if (k.case === 'constExpr' && k.value.constantKind.case === 'stringValue') {
          // upstream looks an object's key up unescaped (`self['x-y']` and `self['x__dash__y']` alike): the
          // value holds escaped names, so the key is rewritten to its escaped form
          const key = k.value.constantKind.value;
          const field = escapeProperty(unescapeProperty(key) ?? key);
          const t = field === undefined ? undefined : operand.fields.get(field);
          if (t === undefined) return err(e, `undefined field '${key}'`);
          k.value.constantKind.value = field!;
          return t;
        }
        return DYN;
      }
      case 'dyn':
        return DYN;
      default:
        return err(e, `found no matching overload for '_[_]' applied to '(${typeName(operand)}, ${typeName(key)})'`);
    }
  };

  const type = visit(expr, vars);
  return { type, errors, unorderedEqualities, optionalChains };
}

const optionalOf = (t: SchemaCelType): SchemaCelType => (t.kind === 'optional' ? t : { kind: 'optional', inner: t });
const unwrapOptional = (t: SchemaCelType): SchemaCelType => (t.kind === 'optional' ? t.inner : t);

/** The common type of several expressions, or dyn when they differ. */
function join(types: SchemaCelType[]): SchemaCelType {
  if (types.length === 0) return DYN;
  const first = types[0];
  return types.every((t) => typeName(t) === typeName(first)) ? first : DYN;
}

function fromCelType(t: CelType): SchemaCelType {
  switch (t.kind) {
    case 'list':
      return { kind: 'list', elem: fromCelType(t.element) };
    case 'map':
      // maps returned by functions include our opaque values (url, quantity...), which are not maps to the user
      return t.value.kind === 'scalar' && t.value.scalar === 'dyn' ? DYN : { kind: 'map', value: fromCelType(t.value) };
    case 'object':
      if (t.name === 'google.protobuf.Timestamp') return { kind: 'timestamp' };
      if (t.name === 'google.protobuf.Duration') return { kind: 'duration' };
      return DYN;
    default:
      switch (t.scalar) {
        case 'int':
          return INT;
        case 'double':
          return DOUBLE;
        case 'string':
          return STRING;
        case 'bool':
          return BOOL;
        case 'bytes':
          return { kind: 'bytes' };
        case 'null_type':
          return { kind: 'null' };
        default:
          return DYN; // uint, type, dyn: not produced by schemas
      }
  }
}

/** Whether a value of our type may be passed where the engine declares `param`. */
function assignable(arg: SchemaCelType, param: CelType): boolean {
  if (arg.kind === 'dyn') return true;
  // library values are maps inside the engine: they go where a map(string, dyn) or dyn is declared
  if (arg.kind === 'optional' || arg.kind === 'opaque') return param.kind === 'map' || (param.kind === 'scalar' && param.scalar === 'dyn');
  switch (param.kind) {
    case 'scalar':
      if (param.scalar === 'dyn') return true;
      if (param.scalar === 'null_type') return arg.kind === 'null';
      return arg.kind === param.scalar;
    case 'list':
      return arg.kind === 'list' && assignable(arg.elem, param.element);
    case 'map':
      return (arg.kind === 'map' && assignable(arg.value, param.value)) || arg.kind === 'object';
    case 'object':
      return (
        (param.name === 'google.protobuf.Timestamp' && arg.kind === 'timestamp') ||
        (param.name === 'google.protobuf.Duration' && arg.kind === 'duration')
      );
  }
}
