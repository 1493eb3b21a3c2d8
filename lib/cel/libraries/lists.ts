import { CelScalar, celMethod, isCelUint, listType, type CelFunc, type CelList, type CelValue } from '@bufbuild/cel';
import { compareValues } from './compare';

/** Kubernetes `lists` library (apiserver pkg/cel/library/lists.go). Hand-written: not in @bufbuild/cel. */
const LIST = listType(CelScalar.DYN);

function extreme(list: CelList, name: string, sign: 1 | -1): CelValue {
  if (list.size === 0) throw new Error(`${name} called on empty list`);
  let best = list.get(0) as CelValue;
  for (const v of list) if (compareValues(v, best) * sign > 0) best = v;
  return best;
}

function sum(list: CelList): CelValue {
  let acc: any;
  for (const v of list) {
    if (acc === undefined) acc = v;
    else if (typeof acc === 'bigint' && typeof v === 'bigint') {
      acc = acc + v;
      if (acc > 2n ** 63n - 1n || acc < -(2n ** 63n)) throw new Error('integer overflow');
    } else if (typeof acc === 'number' && typeof v === 'number') acc = acc + v;
    else if (isCelUint(acc) && isCelUint(v)) throw new Error('sum of uint is not supported');
    else throw new Error('no such overload: sum');
  }
  return acc ?? 0n; // upstream: the zero of the element type; int for an empty list of dyn
}

function indexOf(list: CelList, x: CelValue, last: boolean): bigint {
  let found = -1;
  let i = 0;
  for (const v of list) {
    if (compareValues(v, x, true) === 0) {
      found = i;
      if (!last) break;
    }
    i++;
  }
  return BigInt(found);
}

export const listsLibrary: CelFunc[] = [
  celMethod('isSorted', LIST, [], CelScalar.BOOL, function (this: CelList) {
    let prev: CelValue | undefined;
    for (const v of this) {
      if (prev !== undefined && compareValues(prev, v) > 0) return false;
      prev = v;
    }
    return true;
  }),
  celMethod('sum', LIST, [], CelScalar.DYN, function (this: CelList) {
    return sum(this) as any;
  }),
  celMethod('min', LIST, [], CelScalar.DYN, function (this: CelList) {
    return extreme(this, 'min', -1) as any;
  }),
  celMethod('max', LIST, [], CelScalar.DYN, function (this: CelList) {
    return extreme(this, 'max', 1) as any;
  }),
  celMethod('indexOf', LIST, [CelScalar.DYN], CelScalar.INT, function (this: CelList, x: CelValue) {
    return indexOf(this, x, false);
  }),
  celMethod('lastIndexOf', LIST, [CelScalar.DYN], CelScalar.INT, function (this: CelList, x: CelValue) {
    return indexOf(this, x, true);
  }),
];
