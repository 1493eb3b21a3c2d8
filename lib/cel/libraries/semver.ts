import { CelScalar, celFunc, type CelFunc } from '@bufbuild/cel';
import { opaque, OPAQUE_MAP, payloadOf, type OpaqueMethod } from './opaque';

/**
 * Kubernetes `semver` library (apiserver pkg/cel/library/semverlib.go, in the CRD environment from 1.33 as
 * `SemverLib(SemverVersion(1))`), hand-written: `semver(s)`, `semver(s, normalize)`, `isSemver(s)`,
 * `isSemver(s, normalize)`, `major()`, `minor()`, `patch()`, `compareTo()`, `isLessThan()`, `isGreaterThan()`.
 * Parsing is strict SemVer 2.0 (as blang/semver's Parse); `normalize` also accepts a `v` prefix, a missing
 * minor or patch and leading zeros. A value is kept without its build metadata, which precedence (and `==`)
 * ignores.
 */
const NUM = '(?:0|[1-9]\\d*)';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const SEMVER = new RegExp(`^(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`);

interface Semver {
  readonly major: bigint;
  readonly minor: bigint;
  readonly patch: bigint;
  readonly pre: readonly string[];
}

/** upstream normalizeVersion: drop a `v`, pad missing minor/patch with 0, strip leading zeros of the core. */
function normalize(s: string): string {
  const v = s.startsWith('v') ? s.slice(1) : s;
  const cut = v.search(/[-+]/);
  const core = cut < 0 ? v : v.slice(0, cut);
  const rest = cut < 0 ? '' : v.slice(cut);
  const parts = core.split('.');
  while (parts.length < 3) parts.push('0');
  return parts.map((p) => (/^\d+$/.test(p) ? p.replace(/^0+(?=\d)/, '') : p)).join('.') + rest;
}

export function parseSemver(s: string, normalized = false): Semver | undefined {
  const m = SEMVER.exec(normalized ? normalize(s) : s);
  if (!m) return undefined;
  return { major: BigInt(m[1]), minor: BigInt(m[2]), patch: BigInt(m[3]), pre: m[4] ? m[4].split('.') : [] };
}

const encode = (v: Semver) => opaque(SEMVER_TYPE, `${v.major}.${v.minor}.${v.patch}${v.pre.length ? `-${v.pre.join('.')}` : ''}`);
const decode = (p: string): Semver => parseSemver(p)!;

/** SemVer 2.0 precedence: core numbers, then a release above its pre-releases, then pre-release identifiers. */
function compare(a: Semver, b: Semver): bigint {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1n : 1n;
  if (!a.pre.length || !b.pre.length) return a.pre.length === b.pre.length ? 0n : a.pre.length ? -1n : 1n;
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const [x, y] = [a.pre[i], b.pre[i]];
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return BigInt(x) < BigInt(y) ? -1n : 1n;
    if (nx !== ny) return nx ? -1n : 1n; // numeric identifiers sort before alphanumeric ones
    return x < y ? -1n : 1n;
  }
  return a.pre.length === b.pre.length ? 0n : a.pre.length < b.pre.length ? -1n : 1n;
}

export const SEMVER_TYPE = 'kubernetes.Semver';
function parseOrThrow(s: string, normalized: boolean) {
  const v = parseSemver(s, normalized);
  if (!v) throw new Error(`could not parse semver: ${JSON.stringify(s)} is not a valid semantic version`);
  return encode(v);
}

export const semverFunctions: CelFunc[] = [
  celFunc('semver', [CelScalar.STRING], OPAQUE_MAP, (s) => parseOrThrow(s, false)),
  celFunc('semver', [CelScalar.STRING, CelScalar.BOOL], OPAQUE_MAP, (s, n) => parseOrThrow(s, n)),
  celFunc('isSemver', [CelScalar.STRING], CelScalar.BOOL, (s) => parseSemver(s) !== undefined),
  celFunc('isSemver', [CelScalar.STRING, CelScalar.BOOL], CelScalar.BOOL, (s, n) => parseSemver(s, n) !== undefined),
];

function other(v: unknown): Semver {
  const p = payloadOf(v as never, SEMVER_TYPE);
  if (typeof p !== 'string') throw new Error('no such overload: expected a semver');
  return decode(p);
}
const on = (f: (v: Semver, ...a: any[]) => any): OpaqueMethod['impls'] => ({ [SEMVER_TYPE]: (p: string, ...a: any[]) => f(decode(p), ...a) });
export const semverMethods: OpaqueMethod[] = [
  { name: 'major', args: [], result: CelScalar.INT, impls: on((v) => v.major) },
  { name: 'minor', args: [], result: CelScalar.INT, impls: on((v) => v.minor) },
  { name: 'patch', args: [], result: CelScalar.INT, impls: on((v) => v.patch) },
  { name: 'compareTo', args: [OPAQUE_MAP], result: CelScalar.INT, impls: on((v, o) => compare(v, other(o))) },
  { name: 'isLessThan', args: [OPAQUE_MAP], result: CelScalar.BOOL, impls: on((v, o) => compare(v, other(o)) < 0n) },
  { name: 'isGreaterThan', args: [OPAQUE_MAP], result: CelScalar.BOOL, impls: on((v, o) => compare(v, other(o)) > 0n) },
];
