/**
 * CEL property-name escaping, as apiserver `pkg/cel/escaping.go` (`Escape` / `Unescape`): an object property
 * whose name is not a CEL identifier is accessed under an escaped name (`self.__namespace__`, `self.x__dash__y`).
 * Used where the schema becomes CEL types (schema-cel-type.ts) and where values become CEL values (to-cel-value.ts).
 */

/** CEL's reserved words (cel-spec langdef): a property named so is `__{word}__`. */
const RESERVED = new Set([
  'true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if', 'import',
  'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while',
]);

/** The escape sequence, the escaped characters, and (last alternative) characters that cannot be escaped. */
const EXPAND = /__|[-./]|[^a-zA-Z0-9_./-]/g;
const ESCAPES: Record<string, string> = { __: '__underscores__', '.': '__dot__', '-': '__dash__', '/': '__slash__' };
const PLAIN = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * The CEL field name of property `name`, or undefined when it has none (empty, starts with a digit, or holds a
 * character other than letters, digits, `_`, `.`, `-`, `/`): such a property is not visible to CEL.
 */
export function escapeProperty(name: string): string | undefined {
  if (name.length === 0 || (name[0] >= '0' && name[0] <= '9')) return undefined;
  if (RESERVED.has(name)) return `__${name}__`;
  if (PLAIN.test(name) && !name.includes('__')) return name;
  let ok = true;
  const escaped = name.replace(EXPAND, (s) => {
    const r = Object.hasOwn(ESCAPES, s) ? ESCAPES[s] : undefined;
    if (r === undefined) ok = false;
    return r ?? '';
  });
  return ok ? escaped : undefined;
}

const UNEXPAND = /__[^_]+__/g;
const UNESCAPES: Record<string, string> = { underscores: '__', dot: '.', dash: '-', slash: '/' };

/** The property name a CEL field name stands for, or undefined for an invalid escape sequence (upstream `Unescape`). */
export function unescapeProperty(escaped: string): string | undefined {
  let ok = true;
  const name = escaped.replace(UNEXPAND, (s) => {
    const contents = s.slice(2, -2);
    if (Object.hasOwn(UNESCAPES, contents)) return UNESCAPES[contents];
    if (RESERVED.has(contents)) {
      if (s.length !== escaped.length) ok = false; // a keyword escape stands only for the whole name
      return contents;
    }
    ok = false;
    return '';
  });
  return ok ? name : undefined;
}
