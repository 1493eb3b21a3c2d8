/**
 * `pattern` with the API server's semantics: Go's regexp package, i.e. RE2 (no backreferences or lookaround,
 * linear time). JavaScript's RegExp differs in both directions, so patterns run on @bufbuild/re2 (the RE2 port
 * that @bufbuild/cel uses). Each pattern is compiled once per process.
 */
import { RE2JS } from '@bufbuild/re2';

export type CompiledPattern = { readonly test: (s: string) => boolean } | { readonly error: string };

const cache = new Map<string, CompiledPattern>();

export function compilePattern(pattern: string): CompiledPattern {
  let c = cache.get(pattern);
  if (!c) {
    try {
      const re = RE2JS.compile(pattern);
      c = { test: (s: string) => re.test(s) };
    } catch (e) {
      c = { error: e instanceof Error ? e.message : String(e) };
    }
    cache.set(pattern, c);
  }
  return c;
}
