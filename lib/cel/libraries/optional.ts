import { CelScalar, celFunc, celList, celMap, listType, mapType, type CelFunc, type CelInput, type CelList, type CelMap, type CelValue, isCelList, isCelMap } from '@bufbuild/cel';
import { OPTIONAL_INDEX, OPTIONAL_LIST_ENTRY, OPTIONAL_MAP_ENTRY, OPTIONAL_SELECT } from '../optional-syntax';
import { opaque, OPAQUE_MAP, payloadOf, type OpaqueMethod } from './opaque';

/**
 * CEL optionals (`optional.of`, `optional.none`, `hasValue`, `value`, `orValue`, `or`, and the syntax `x.?f`,
 * `x[?k]`, `[?a]`, `{?k: v}` through optional-syntax.ts). @bufbuild/cel 0.6 has no optional type, so an optional
 * is an opaque value holding a list of zero or one element. Also used for `oldSelf` under `optionalOldSelf` and
 * for `format.validate()` results.
 */
export const some = (v: CelInput) => opaque('optional', [v]);
export const none = () => opaque('optional', []);

function isZero(v: CelValue): boolean {
  if (v === null || v === false || v === '' || v === 0 || v === 0n) return true;
  if (isCelList(v) || isCelMap(v)) return v.size === 0;
  return v instanceof Uint8Array && v.length === 0;
}

export const optionalFunctions: CelFunc[] = [
  celFunc('optional.of', [CelScalar.DYN], OPAQUE_MAP, (v) => some(v as CelInput)),
  celFunc('optional.none', [], OPAQUE_MAP, () => none()),
  celFunc('optional.ofNonZeroValue', [CelScalar.DYN], OPAQUE_MAP, (v) => (isZero(v) ? none() : some(v as CelInput))),
];

/** The value inside an optional, undefined for none, or `v` itself when it is not an optional. */
function unwrap(v: CelValue): { none: true } | { value: CelValue } {
  const inner = payloadOf(v, 'optional');
  if (inner === undefined) return { value: v };
  const l = inner as unknown as CelList;
  return l.size ? { value: l.get(0)! } : { none: true };
}

/** `x.?f` / `x[?k]`: the entry if present, else none; on an optional, none stays none (cel-go optional chaining). */
function optionalAccess(x: CelValue, key: CelValue, what: string): CelInput {
  const u = unwrap(x);
  if ('none' in u) return none();
  const v = u.value;
  if (isCelMap(v)) return v.has(key as string) ? some(v.get(key as string) as CelInput) : none();
  if (isCelList(v) && typeof key === 'bigint') return key >= 0n && key < BigInt(v.size) ? some(v.get(Number(key)) as CelInput) : none();
  throw new Error(`no such overload: ${what}`);
}

/** The syntax functions of optional-syntax.ts: `x.?f`, `x[?k]` and optional list / map literal entries. */
export const optionalSyntaxFunctions: CelFunc[] = [
  celFunc(OPTIONAL_SELECT, [CelScalar.DYN, CelScalar.STRING], OPAQUE_MAP, (x, f) => optionalAccess(x, f, '_?._')),
  celFunc(OPTIONAL_INDEX, [CelScalar.DYN, CelScalar.DYN], OPAQUE_MAP, (x, k) => optionalAccess(x, k, '_[?_]')),
  celFunc(OPTIONAL_LIST_ENTRY, [CelScalar.DYN], listType(CelScalar.DYN), (o) => {
    if (payloadOf(o, 'optional') === undefined) throw new Error('cannot initialize optional list element from non-optional value');
    const u = unwrap(o);
    return celList('none' in u ? [] : [u.value as CelInput]);
  }),
  celFunc(OPTIONAL_MAP_ENTRY, [CelScalar.DYN, CelScalar.DYN, CelScalar.DYN], mapType(CelScalar.DYN, CelScalar.DYN), (m, k, o) => {
    if (payloadOf(o, 'optional') === undefined) throw new Error('cannot initialize optional entry from non-optional value');
    const u = unwrap(o);
    const entries = new Map<string | bigint | boolean, CelInput>();
    for (const [mk, mv] of m as CelMap) entries.set(mk as string, mv as CelInput);
    if (!('none' in u)) entries.set(k as string, u.value as CelInput);
    return celMap(entries);
  }),
];

export const optionalMethods: OpaqueMethod[] = [
  { name: 'hasValue', args: [], result: CelScalar.BOOL, impls: { optional: (l) => l.size > 0 } },
  {
    name: 'value',
    args: [],
    result: CelScalar.DYN,
    impls: {
      optional: (l) => {
        if (l.size === 0) throw new Error('optional.none() dereference');
        return l.get(0);
      },
    },
  },
  { name: 'orValue', args: [CelScalar.DYN], result: CelScalar.DYN, impls: { optional: (l, d) => (l.size ? l.get(0) : d) } },
  { name: 'or', args: [CelScalar.DYN], result: OPAQUE_MAP, impls: { optional: (l, o) => (l.size ? some(l.get(0)) : o) } },
];
