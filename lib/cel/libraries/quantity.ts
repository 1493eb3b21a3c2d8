import { CelScalar, celFunc, type CelFunc } from '@bufbuild/cel';
import { opaque, OPAQUE_MAP, payloadOf, type OpaqueMethod } from './opaque';
import { compareQuantity, frac, type Frac, parseQuantity } from '../../apimachinery/quantity';

/**
 * Kubernetes `quantity` library (apiserver pkg/cel/library/quantity.go), hand-written. A quantity is kept as an
 * exact reduced fraction "num/den" (lib/apimachinery/quantity.ts), so `1Ki == 1024` and comparisons are exact.
 */
const encode = (f: Frac) => opaque('kubernetes.Quantity', `${f[0]}/${f[1]}`);
const decode = (p: string): Frac => {
  const [n, d] = p.split('/');
  return [BigInt(n), BigInt(d)];
};
const cmp = (a: Frac, b: Frac) => BigInt(compareQuantity(a, b));
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
