import { isCelUint, type CelValue } from '@bufbuild/cel';

/**
 * Orders two CEL values of comparable types (int, uint, double, string, bool, bytes). With `equalityOnly`
 * any other pair compares by JSON identity (for indexOf). Throws "no such overload" like the engine.
 */
export function compareValues(a: CelValue, b: CelValue, equalityOnly = false): number {
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) return na < nb ? -1 : na > nb ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  }
  if (equalityOnly) return stableJson(a) === stableJson(b) ? 0 : 1;
  throw new Error('no such overload: values are not comparable');
}

function num(v: CelValue): number | bigint | undefined {
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  if (isCelUint(v)) return v.value;
  return undefined;
}

function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Map ? [...x.entries()] : x));
}
