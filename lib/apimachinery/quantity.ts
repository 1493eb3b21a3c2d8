/**
 * resource.Quantity (apimachinery pkg/api/resource), hand-written: parsing to an exact reduced fraction
 * (bigints, so `1Ki == 1024` and comparisons are exact) and the canonical text `Quantity.String()` prints.
 * Shared by the CEL `quantity` library (lib/cel) and the built-in kinds' rules (lib/validate/builtin-rules).
 */
export type Frac = [bigint, bigint];

const SUFFIX: Record<string, Frac> = {
  '': [1n, 1n], n: [1n, 10n ** 9n], u: [1n, 10n ** 6n], m: [1n, 1000n],
  k: [1000n, 1n], M: [10n ** 6n, 1n], G: [10n ** 9n, 1n], T: [10n ** 12n, 1n], P: [10n ** 15n, 1n], E: [10n ** 18n, 1n],
  Ki: [2n ** 10n, 1n], Mi: [2n ** 20n, 1n], Gi: [2n ** 30n, 1n], Ti: [2n ** 40n, 1n], Pi: [2n ** 50n, 1n], Ei: [2n ** 60n, 1n],
};
const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$/;

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
export function frac(n: bigint, d: bigint): Frac {
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

export const compareQuantity = (a: Frac, b: Frac): number => {
  const l = a[0] * b[1];
  const r = b[0] * a[1];
  return l < r ? -1 : l > r ? 1 : 0;
};

const DECIMAL_SUFFIX: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
const BINARY_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/**
 * Quantity.String(): the canonical form in the format of the input (binary suffix, decimal suffix or exponent),
 * rounded up to nano precision as resource.Quantity stores it: `1000m` → `1`, `0.5` → `500m`, `1024Mi` → `1Gi`.
 */
export function canonicalQuantity(s: string): string | undefined {
  const q = parseQuantity(s);
  if (!q) return undefined;
  let format: 'binary' | 'decimal' | 'exponent' = /[eE]/.test(s) && !/[EP]i?$/.test(s) ? 'exponent' : /i$/.test(s) ? 'binary' : 'decimal';
  const nano = ceilDiv(q[0] * 10n ** 9n, q[1]); // value × 10^9, rounded up
  if (nano === 0n) return '0';
  const neg = nano < 0n;
  const abs = neg ? -nano : nano;
  if (format === 'binary') {
    const whole = abs % 10n ** 9n === 0n ? abs / 10n ** 9n : undefined;
    if (whole === undefined || whole < 1024n) format = 'decimal';
    else {
      let v = whole;
      let i = 0;
      while (i < BINARY_SUFFIX.length - 1 && v % 1024n === 0n) { v /= 1024n; i++; }
      return `${neg ? '-' : ''}${v}${BINARY_SUFFIX[i]}`;
    }
  }
  let m = abs;
  let t = 0;
  while (m % 10n === 0n) { m /= 10n; t++; }
  let e = Math.floor((t - 9) / 3) * 3;
  e = Math.min(18, Math.max(-9, e));
  const mantissa = m * 10n ** BigInt(t - 9 - e);
  const suffix = format === 'exponent' ? (e === 0 ? '' : `e${e}`) : DECIMAL_SUFFIX[e];
  return `${neg ? '-' : ''}${mantissa}${suffix}`;
}

function ceilDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && (n > 0n) === (d > 0n) ? q + 1n : q;
}
