import { CelScalar, celFunc, type CelFunc, type CelInput, type CelValue, isCelList, isCelMap } from '@bufbuild/cel';
import { opaque, OPAQUE_MAP, type OpaqueMethod } from './opaque';

/**
 * CEL optionals (`optional.of`, `optional.none`, `hasValue`, `value`, `orValue`, `or`). @bufbuild/cel 0.6's
 * parser has no `?.`/`[?]` syntax and no optional type, so an optional is an opaque value holding a list of
 * zero or one element. Used for `oldSelf` under `optionalOldSelf` and for `format.validate()` results.
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
