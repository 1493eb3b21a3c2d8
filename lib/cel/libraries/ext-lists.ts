import { CelScalar, celFunc, celList, celMethod, isCelList, listType, type CelFunc, type CelInput, type CelList, type CelValue } from '@bufbuild/cel';
import { celEquals } from '../unordered-equality';
import { compareValues } from './compare';
import { OPAQUE_MAP } from './opaque';
import { none, some } from './optional';

/**
 * cel-go's lists extension at version 3 (`ext.Lists(ext.ListsVersion(3))`, in the API server's environment from
 * Kubernetes 1.34): `slice`, `flatten`, `lists.range`, `distinct`, `reverse`, `sort`, `first`, `last`.
 * Hand-written (not in @bufbuild/cel). Not provided: the `sortBy` macro (the parser takes no custom macros).
 */
const LIST = listType(CelScalar.DYN);

function flatten(list: CelList, depth: bigint): CelInput[] {
  const out: CelInput[] = [];
  for (const v of list) {
    if (isCelList(v) && depth > 0n) out.push(...flatten(v, depth - 1n));
    else out.push(v as CelInput);
  }
  return out;
}

export const extListsLibrary: CelFunc[] = [
  celMethod('slice', LIST, [CelScalar.INT, CelScalar.INT], LIST, function (this: CelList, start: bigint, end: bigint) {
    if (start < 0n || end < 0n) throw new Error(`cannot slice(${start}, ${end}), negative indexes not supported`);
    if (start > end) throw new Error(`cannot slice(${start}, ${end}), start index must be less than or equal to end index`);
    if (end > BigInt(this.size)) throw new Error(`cannot slice(${start}, ${end}), list is length ${this.size}`);
    return celList([...this].slice(Number(start), Number(end)) as CelInput[]);
  }),
  celMethod('flatten', LIST, [], LIST, function (this: CelList) {
    return celList(flatten(this, 1n));
  }),
  celMethod('flatten', LIST, [CelScalar.INT], LIST, function (this: CelList, depth: bigint) {
    if (depth < 0n) throw new Error('level must be non-negative');
    return celList(flatten(this, depth));
  }),
  celFunc('lists.range', [CelScalar.INT], listType(CelScalar.INT), (n) => celList(Array.from({ length: Math.max(0, Number(n)) }, (_, i) => BigInt(i)))),
  celMethod('distinct', LIST, [], LIST, function (this: CelList) {
    const out: CelValue[] = [];
    for (const v of this) if (!out.some((o) => celEquals(o, v))) out.push(v);
    return celList(out as CelInput[]);
  }),
  celMethod('reverse', LIST, [], LIST, function (this: CelList) {
    return celList([...this].reverse() as CelInput[]);
  }),
  celMethod('sort', LIST, [], LIST, function (this: CelList) {
    return celList([...this].sort((a, b) => compareValues(a, b)) as CelInput[]);
  }),
  celMethod('first', LIST, [], OPAQUE_MAP, function (this: CelList) {
    return this.size ? some(this.get(0) as CelInput) : none();
  }),
  celMethod('last', LIST, [], OPAQUE_MAP, function (this: CelList) {
    return this.size ? some(this.get(this.size - 1) as CelInput) : none();
  }),
];
