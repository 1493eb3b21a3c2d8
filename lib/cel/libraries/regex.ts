import { CelScalar, celMethod, listType, type CelFunc } from '@bufbuild/cel';
import { RE2JS } from '@bufbuild/re2';

/**
 * Kubernetes `regex` library: `find` / `findAll` (apiserver pkg/cel/library/regex.go). Hand-written.
 * The pattern is first compiled by RE2 (@bufbuild/re2) so RE2 syntax errors surface as upstream; the match
 * positions then come from a JS RegExp, because @bufbuild/re2 does not expose match positions. RE2-only
 * spellings are translated (POSIX classes, `\A`, `\z`, `(?P<name>`); anything else JS rejects (e.g. inline
 * flags after the start) raises an error instead of giving a wrong result.
 */
const cache = new Map<string, RegExp>();
function compile(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  try {
    RE2JS.compile(pattern);
  } catch (e) {
    throw new Error(`invalid regex string: ${(e as Error).message}`);
  }
  let source = toJsSyntax(pattern);
  let flags = 'gu';
  const inline = /^\(\?([imsU]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    for (const f of inline[1]) if (f === 'i' || f === 'm' || f === 's') flags += f;
  }
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    throw new Error(`regex not supported by this evaluator: ${pattern}`);
  }
  if (cache.size > 1000) cache.clear();
  cache.set(pattern, re);
  return re;
}

const POSIX_CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', xdigit: '0-9A-Fa-f',
  space: '\\t\\n\\v\\f\\r ', blank: '\\t ', punct: '!-\\/:-@\\[-`{-~', word: '\\w',
};

/** RE2 spellings JS lacks: POSIX classes, `\A`, `\z`, `(?P<name>`. */
function toJsSyntax(pattern: string): string {
  return pattern
    .replace(/\[:(\w+):\]/g, (m, name: string) => POSIX_CLASSES[name] ?? m)
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$')
    .replace(/\(\?P</g, '(?<');
}

function findAll(s: string, pattern: string, limit: bigint): string[] {
  const out: string[] = [];
  if (limit === 0n) return out;
  for (const m of s.matchAll(compile(pattern))) {
    out.push(m[0]);
    if (limit > 0n && BigInt(out.length) >= limit) break;
  }
  return out;
}

export const regexLibrary: CelFunc[] = [
  celMethod('find', CelScalar.STRING, [CelScalar.STRING], CelScalar.STRING, function (this: string, p: string) {
    return findAll(this, p, 1n)[0] ?? '';
  }),
  celMethod('findAll', CelScalar.STRING, [CelScalar.STRING], listType(CelScalar.STRING), function (this: string, p: string) {
    return findAll(this, p, -1n);
  }),
  celMethod('findAll', CelScalar.STRING, [CelScalar.STRING, CelScalar.INT], listType(CelScalar.STRING), function (
    this: string,
    p: string,
    n: bigint,
  ) {
    return findAll(this, p, n);
  }),
];
