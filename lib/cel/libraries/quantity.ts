import { CelScalar, celFunc, type CelFunc } from '@bufbuild/cel';
import { opaque, OPAQUE_MAP, payloadOf, type OpaqueMethod } from './opaque';

/**
 * Kubernetes `quantity` library (apiserver pkg/cel/library/quantity.go), hand-written. A quantity is kept as an
 * exact reduced fraction "num/den" (bigints), so `1Ki == 1024` and comparisons are exact like resource.Quantity.
 */
const SUFFIX: Record<string, [bigint, bigint]> = {
  '': [1n, 1n],
  n: [1n, 10n ** 9n],
  u: [1n, 10n ** 6n],
  m: [1n, 1000n],
  k: [1000n, 1n],
  M: [10n ** 6n, 1n],
  G: [10n ** 9n, 1n],
  T: [10n ** 12n, 1n],
  P: [10n ** 15n, 1n],
  E: [10n ** 18n, 1n],
  Ki: [2n ** 10n, 1n],
  Mi: [2n ** 20n, 1n],
  Gi: [2n ** 30n, 1n],
  Ti: [2n ** 40n, 1n],
  Pi: [2n ** 50n, 1n],
  Ei: [2n ** 60n, 1n],
};
const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$/;

type Frac = [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function frac(n: bigint, d: bigint): Frac {
  const g = gcd(n, d) || 1n;
  return d < 0n ? [-n / g, -d / g] : [n / g, d / g];
}

export function parseQuantity(s: string): Frac | undefined {
  const m = QUANTITY.exec(s);
  if (!m) return undefined;
  const [, sign, digits, exp, suffix = ''] = m;
  const [whole, fraction = ''] = digits.split('.');
  let n = BigInt((whole || '0') + fraction) * (sign === '-' ? -1n : 1n);
  let d = 10n ** BigInt(fraction.length);
  if (exp) {
    const e = BigInt(exp.slice(1));
    if (e > 1000n || e < -1000n) return undefined;
    if (e >= 0n) n *= 10n ** e;
    else d *= 10n ** -e;
  } else {
    const [sn, sd] = SUFFIX[suffix];
    n *= sn;
    d *= sd;
  }
  return frac(n, d);
}

const encode = (f: Frac) => opaque('kubernetes.Quantity', `${f[0]}/${f[1]}`);
const decode = (p: string): Frac => {
  const [n, d] = p.split('/');
  return [BigInt(n), BigInt(d)];
};
const cmp = (a: Frac, b: Frac) => {
  const l = a[0] * b[1];
  const r = b[0] * a[1];
  return l < r ? -1n : l > r ? 1n : 0n;
};
function operand(v: any): Frac {
  if (typeof v === 'bigint') return [v, 1n];
  const p = payloadOf(v, 'kubernetes.Quantity');
  if (typeof p !== 'string') throw new Error('no such overload: expected a quantity or an int');
  return decode(p);
}
const MAX_INT64 = 2n ** 63n - 1n;

export const quantityFunctions: CelFunc[] = [
  celFunc('quantity', [CelScalar.STRING], OPAQUE_MAP, (s) => {
    const f = parseQuantity(s);
    if (!f) throw new Error('quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'');
    return encode(f);
  }),
  celFunc('isQuantity', [CelScalar.STRING], CelScalar.BOOL, (s) => parseQuantity(s) !== undefined),
];

const Q = 'kubernetes.Quantity';
const on = (f: (q: Frac, ...a: any[]) => any): OpaqueMethod['impls'] => ({ [Q]: (p: string, ...a: any[]) => f(decode(p), ...a) });
export const quantityMethods: OpaqueMethod[] = [
  { name: 'sign', args: [], result: CelScalar.INT, impls: on((q) => (q[0] > 0n ? 1n : q[0] < 0n ? -1n : 0n)) },
  { name: 'isInteger', args: [], result: CelScalar.BOOL, impls: on((q) => q[1] === 1n && q[0] <= MAX_INT64 && q[0] >= -MAX_INT64 - 1n) },
  {
    name: 'asInteger',
    args: [],
    result: CelScalar.INT,
    impls: on((q) => {
      if (q[1] !== 1n || q[0] > MAX_INT64 || q[0] < -MAX_INT64 - 1n) throw new Error('cannot convert value to integer');
      return q[0];
    }),
  },
  { name: 'asApproximateFloat', args: [], result: CelScalar.DOUBLE, impls: on((q) => Number(q[0]) / Number(q[1])) },
  { name: 'compareTo', args: [OPAQUE_MAP], result: CelScalar.INT, impls: on((q, o) => cmp(q, operand(o))) },
  { name: 'isLessThan', args: [OPAQUE_MAP], result: CelScalar.BOOL, impls: on((q, o) => cmp(q, operand(o)) < 0n) },
  { name: 'isGreaterThan', args: [OPAQUE_MAP], result: CelScalar.BOOL, impls: on((q, o) => cmp(q, operand(o)) > 0n) },
  {
    name: 'add',
    args: [CelScalar.DYN],
    result: OPAQUE_MAP,
    impls: on((q, o) => {
      const b = operand(o);
      return encode(frac(q[0] * b[1] + b[0] * q[1], q[1] * b[1]));
    }),
  },
  {
    name: 'sub',
    args: [CelScalar.DYN],
    result: OPAQUE_MAP,
    impls: on((q, o) => {
      const b = operand(o);
      return encode(frac(q[0] * b[1] - b[0] * q[1], q[1] * b[1]));
    }),
  },
];
