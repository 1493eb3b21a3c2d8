/**
 * IP address parsing with Go netip semantics (what the Kubernetes ip/cidr CEL libraries use), hand-written:
 * node:net validates but does not expose bytes or canonical forms. An address is its bytes (4 or 16).
 */
export type IpBytes = number[];

function parseV4(s: string): IpBytes | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return undefined; // no leading zeros, as netip
    out.push(Number(p));
  }
  return out;
}

function parseV6(s: string): IpBytes | undefined {
  let tail: number[] = [];
  let str = s;
  const lastColon = str.lastIndexOf(':');
  if (str.includes('.', lastColon)) {
    const v4 = parseV4(str.slice(lastColon + 1));
    if (!v4) return undefined;
    tail = v4;
    str = `${str.slice(0, lastColon + 1)}0:0`; // placeholder groups replaced by the v4 bytes below
  }
  const halves = str.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest].map((g) => parseInt(g, 16));
  const bytes = all.flatMap((g) => [g >> 8, g & 0xff]);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** Parses an address, or returns the reason it is not accepted by the Kubernetes library. */
export function parseIp(s: string): IpBytes | string {
  if (s.includes('%')) return 'IP address with zone value is not allowed';
  const bytes = s.includes(':') ? parseV6(s) : parseV4(s);
  if (!bytes) return `ParseAddr(${JSON.stringify(s)}): unable to parse IP`;
  if (bytes.length === 16 && bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return 'IPv4-mapped IPv6 address is not allowed';
  }
  return bytes;
}

/** The canonical text (RFC 5952 for IPv6), as netip's String(). */
export function formatIp(b: IpBytes): string {
  if (b.length === 4) return b.join('.');
  const groups = Array.from({ length: 8 }, (_, i) => (b[2 * i] << 8) | b[2 * i + 1]);
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [bestStart, bestLen] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

export const family = (b: IpBytes) => (b.length === 4 ? 4n : 6n);

/** Whether the first `bits` bits of two same-family addresses are equal. */
export function samePrefix(a: IpBytes, b: IpBytes, bits: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < bits; i++) {
    const m = 0x80 >> (i % 8);
    if ((a[i >> 3] & m) !== (b[i >> 3] & m)) return false;
  }
  return true;
}

export function mask(b: IpBytes, bits: number): IpBytes {
  return b.map((byte, i) => {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    return byte & ((0xff << (8 - keep)) & 0xff);
  });
}

const inNet = (b: IpBytes, net: string) => {
  const [addr, bits] = net.split('/');
  const n = parseIp(addr) as IpBytes;
  return samePrefix(b, n, Number(bits));
};

export const isUnspecified = (b: IpBytes) => b.every((x) => x === 0);
export const isLoopback = (b: IpBytes) => (b.length === 4 ? b[0] === 127 : inNet(b, '::1/128'));
export const isLinkLocalUnicast = (b: IpBytes) => (b.length === 4 ? inNet(b, '169.254.0.0/16') : inNet(b, 'fe80::/10'));
export const isLinkLocalMulticast = (b: IpBytes) => (b.length === 4 ? inNet(b, '224.0.0.0/24') : inNet(b, 'ff02::/16'));
const isMulticast = (b: IpBytes) => (b.length === 4 ? inNet(b, '224.0.0.0/4') : b[0] === 0xff);
export const isGlobalUnicast = (b: IpBytes) =>
  !isUnspecified(b) && !isLoopback(b) && !isMulticast(b) && !isLinkLocalUnicast(b) && !(b.length === 4 && b.every((x) => x === 255));
