import { CelScalar, celFunc, listType, type CelFunc, type CelList } from '@bufbuild/cel';
import { compareValues } from './compare';

/** cel-go `ext.Sets()` (sets.contains/equivalent/intersects). Hand-written: @bufbuild/cel 0.6 lacks it. */
const LIST = listType(CelScalar.DYN);
const has = (list: CelList, x: any) => {
  for (const v of list) if (compareValues(v, x, true) === 0) return true;
  return false;
};
const containsAll = (a: CelList, b: CelList) => {
  for (const x of b) if (!has(a, x)) return false;
  return true;
};

export const setsLibrary: CelFunc[] = [
  celFunc('sets.contains', [LIST, LIST], CelScalar.BOOL, containsAll),
  celFunc('sets.equivalent', [LIST, LIST], CelScalar.BOOL, (a, b) => containsAll(a, b) && containsAll(b, a)),
  celFunc('sets.intersects', [LIST, LIST], CelScalar.BOOL, (a, b) => {
    for (const x of b) if (has(a, x)) return true;
    return false;
  }),
];
