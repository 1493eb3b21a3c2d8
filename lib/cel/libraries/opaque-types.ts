import { formatFunctions, formatMethods } from './format';
import { ipCidrMethods } from './ip-cidr';
import type { OpaqueMethod } from './opaque';
import { optionalMethods } from './optional';
import { quantityMethods } from './quantity';
import { SEMVER_TYPE, semverMethods } from './semver';
import { urlMethods } from './urls';

/**
 * Static typing of the opaque values (the engine only sees maps): which functions return which opaque type,
 * and which opaque types each method applies to. The type check uses it to report `quantity('1').getHost()`
 * or `url(s).add(1)` at compile time, as cel-go does with its declared types.
 */
export const OPTIONAL = 'optional';

export const OPAQUE_RESULTS: ReadonlyMap<string, string> = new Map([
  ['url', 'kubernetes.URL'],
  ['quantity', 'kubernetes.Quantity'],
  ['semver', SEMVER_TYPE],
  ['add', 'kubernetes.Quantity'],
  ['sub', 'kubernetes.Quantity'],
  ['ip', 'net.IP'],
  ['cidr', 'net.IPPrefix'],
  ['masked', 'net.IPPrefix'],
  ...formatFunctions.filter((f) => f.name !== 'format.named').map((f) => [f.name, 'kubernetes.NamedFormat'] as [string, string]),
  ['format.named', OPTIONAL],
  ['validate', OPTIONAL],
  ['optional.of', OPTIONAL],
  ['optional.none', OPTIONAL],
  ['optional.ofNonZeroValue', OPTIONAL],
  ['or', OPTIONAL],
  ['first', OPTIONAL],
  ['last', OPTIONAL],
]);

const all: OpaqueMethod[] = [...urlMethods, ...quantityMethods, ...semverMethods, ...ipCidrMethods, ...formatMethods, ...optionalMethods];

/** Method name → the opaque types (tags) it is defined on. */
export const OPAQUE_METHOD_TARGETS: ReadonlyMap<string, ReadonlySet<string>> = all.reduce((m, method) => {
  const tags = new Set([...(m.get(method.name) ?? []), ...Object.keys(method.impls)]);
  return m.set(method.name, tags);
}, new Map<string, Set<string>>());
