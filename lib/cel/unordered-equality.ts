import { CelScalar, celFunc, isCelList, isCelMap, isCelUint, type CelFunc, type CelValue } from '@bufbuild/cel';

/**
 * Equality of lists declared `x-kubernetes-list-type: set` or `map` ignores order in the API server (its
 * unstructured list values compare as sets / by key). @bufbuild/cel's equality is always ordered and has no
 * hook, so the type check marks such comparisons and they are compiled to these functions. Hand-written.
 */
export const UNORDERED_EQUALS = '__opkit_unordered_eq';
export const UNORDERED_NOT_EQUALS = '__opkit_unordered_ne';

/** CEL equality (numbers across int/uint/double, deep lists and maps, messages by their fields). */
export function celEquals(a: CelValue, b: CelValue): boolean {
  if (a === b) return true;
  const na = isCelUint(a) ? a.value : a;
  const nb = isCelUint(b) ? b.value : b;
  if ((typeof na === 'number' || typeof na === 'bigint') && (typeof nb === 'number' || typeof nb === 'bigint')) return na == nb;
  if (a instanceof Uint8Array) return b instanceof Uint8Array && a.length === b.length && a.every((x, i) => x === b[i]);
  if (isCelList(a)) {
    if (!isCelList(b) || a.size !== b.size) return false;
    for (let i = 0; i < a.size; i++) if (!celEquals(a.get(i)!, b.get(i)!)) return false;
    return true;
  }
  if (isCelMap(a)) {
    if (!isCelMap(b) || a.size !== b.size) return false;
    for (const [k, v] of a) {
      const w = b.get(k);
      if (w === undefined || !celEquals(v, w)) return false;
    }
    return true;
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && 'message' in a && 'message' in b) {
    // timestamps and durations (ReflectMessage): same type and same seconds/nanos
    const [ma, mb] = [(a as { message: Record<string, unknown> }).message, (b as { message: Record<string, unknown> }).message];
    return ma.$typeName === mb.$typeName && ma.seconds === mb.seconds && ma.nanos === mb.nanos;
  }
  return false;
}

/** Same elements with the same multiplicities, in any order. */
function unorderedEquals(a: CelValue, b: CelValue): boolean {
  if (!isCelList(a) || !isCelList(b)) return celEquals(a, b);
  if (a.size !== b.size) return false;
  const unmatched = [...b];
  for (const x of a) {
    const i = unmatched.findIndex((y) => celEquals(x, y));
    if (i < 0) return false;
    unmatched.splice(i, 1);
  }
  return true;
}

export const unorderedEqualityFunctions: CelFunc[] = [
  celFunc(UNORDERED_EQUALS, [CelScalar.DYN, CelScalar.DYN], CelScalar.BOOL, unorderedEquals),
  celFunc(UNORDERED_NOT_EQUALS, [CelScalar.DYN, CelScalar.DYN], CelScalar.BOOL, (a, b) => !unorderedEquals(a, b)),
];
