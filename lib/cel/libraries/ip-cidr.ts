import { CelScalar, celFunc, type CelFunc, type CelValue } from '@bufbuild/cel';
import { family, formatIp, isGlobalUnicast, isLinkLocalMulticast, isLinkLocalUnicast, isLoopback, isUnspecified, mask, parseIp, samePrefix, type IpBytes } from './ip-address';
import { opaque, OPAQUE_MAP, payloadOf, type OpaqueMethod } from './opaque';

/**
 * Kubernetes `ip` and `cidr` libraries (apiserver pkg/cel/library/ip.go, cidr.go), hand-written. Values are
 * opaque with their canonical text as payload, so `ip('::0001') == ip('::1')`.
 */
const IP = 'net.IP';
const CIDR = 'net.IPPrefix';

function ipBytes(s: string): IpBytes {
  const r = parseIp(s);
  if (typeof r === 'string') throw new Error(`IP Address ${JSON.stringify(s)} parse error during conversion from string: ${r}`);
  return r;
}

interface Prefix {
  addr: IpBytes;
  bits: number;
}
function parsePrefix(s: string): Prefix | string {
  const slash = s.indexOf('/');
  if (slash < 0) return `netip.ParsePrefix(${JSON.stringify(s)}): no '/'`;
  const addr = parseIp(s.slice(0, slash));
  if (typeof addr === 'string') return addr;
  const bitsText = s.slice(slash + 1);
  const bits = Number(bitsText);
  if (!/^(0|[1-9]\d*)$/.test(bitsText) || bits > addr.length * 8) return `netip.ParsePrefix(${JSON.stringify(s)}): bad bits after slash`;
  return { addr, bits };
}
function prefix(s: string): Prefix {
  const p = parsePrefix(s);
  if (typeof p === 'string') throw new Error(`network address parse error during conversion from string: ${p}`);
  return p;
}
const cidrValue = (p: Prefix) => opaque(CIDR, `${formatIp(p.addr)}/${p.bits}`);
const ipValue = (b: IpBytes) => opaque(IP, formatIp(b));

/** An `ip` argument given as an IP value or a string. */
function ipArg(v: CelValue): IpBytes {
  if (typeof v === 'string') return ipBytes(v);
  const p = payloadOf(v, IP);
  if (typeof p !== 'string') throw new Error('no such overload: expected an IP or a string');
  return ipBytes(p);
}
function cidrArg(v: CelValue): Prefix {
  if (typeof v === 'string') return prefix(v);
  const p = payloadOf(v, CIDR);
  if (typeof p !== 'string') throw new Error('no such overload: expected a CIDR or a string');
  return prefix(p);
}

export const ipCidrFunctions: CelFunc[] = [
  celFunc('ip', [CelScalar.STRING], OPAQUE_MAP, (s) => ipValue(ipBytes(s))),
  celFunc('isIP', [CelScalar.STRING], CelScalar.BOOL, (s) => typeof parseIp(s) !== 'string'),
  celFunc('ip.isCanonical', [CelScalar.STRING], CelScalar.BOOL, (s) => formatIp(ipBytes(s)) === s),
  celFunc('cidr', [CelScalar.STRING], OPAQUE_MAP, (s) => cidrValue(prefix(s))),
  celFunc('isCIDR', [CelScalar.STRING], CelScalar.BOOL, (s) => typeof parsePrefix(s) !== 'string'),
  celFunc('string', [OPAQUE_MAP], CelScalar.STRING, (v) => {
    const p = payloadOf(v, IP) ?? payloadOf(v, CIDR);
    if (typeof p !== 'string') throw new Error('no such overload: string');
    return p;
  }),
];

const onIp = (f: (b: IpBytes) => boolean | bigint): OpaqueMethod['impls'] => ({ [IP]: (s: string) => f(ipBytes(s)) });
export const ipCidrMethods: OpaqueMethod[] = [
  { name: 'family', args: [], result: CelScalar.INT, impls: onIp(family) },
  { name: 'isUnspecified', args: [], result: CelScalar.BOOL, impls: onIp(isUnspecified) },
  { name: 'isLoopback', args: [], result: CelScalar.BOOL, impls: onIp(isLoopback) },
  { name: 'isLinkLocalMulticast', args: [], result: CelScalar.BOOL, impls: onIp(isLinkLocalMulticast) },
  { name: 'isLinkLocalUnicast', args: [], result: CelScalar.BOOL, impls: onIp(isLinkLocalUnicast) },
  { name: 'isGlobalUnicast', args: [], result: CelScalar.BOOL, impls: onIp(isGlobalUnicast) },
  {
    name: 'containsIP',
    args: [CelScalar.DYN],
    result: CelScalar.BOOL,
    impls: { [CIDR]: (s: string, ip: CelValue) => {
      const p = prefix(s);
      return samePrefix(p.addr, ipArg(ip), p.bits);
    } },
  },
  {
    name: 'containsCIDR',
    args: [CelScalar.DYN],
    result: CelScalar.BOOL,
    impls: { [CIDR]: (s: string, other: CelValue) => {
      const p = prefix(s);
      const o = cidrArg(other);
      return o.bits >= p.bits && samePrefix(p.addr, o.addr, p.bits);
    } },
  },
  { name: 'ip', args: [], result: OPAQUE_MAP, impls: { [CIDR]: (s: string) => ipValue(prefix(s).addr) } },
  { name: 'masked', args: [], result: OPAQUE_MAP, impls: { [CIDR]: (s: string) => {
    const p = prefix(s);
    return cidrValue({ addr: mask(p.addr, p.bits), bits: p.bits });
  } } },
  { name: 'prefixLength', args: [], result: CelScalar.INT, impls: { [CIDR]: (s: string) => BigInt(prefix(s).bits) } },
];
