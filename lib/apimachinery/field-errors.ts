/**
 * Field errors worded as k8s.io/apimachinery `field.Error` prints them (`<path>: <Type>: <value>: <detail>`),
 * so a finding reads exactly like the API server's rejection. The field path is kept in `Finding.field`;
 * these helpers build the rest of the line.
 */
import { Finding, Severity } from '../report/finding';

/**
 * The value part as field.Error prints it: strings quoted, numbers and booleans bare, the rest as JSON; a null
 * is the string "null", quoted, as apimachinery up to Kubernetes 1.32 prints it.
 */
export function formatValue(v: unknown): string {
  if (v instanceof GoValue) return v.text;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return '"null"';
  try {
    const s = JSON.stringify(v);
    return s.length > 200 ? `${s.slice(0, 197)}...` : s;
  } catch {
    return String(v);
  }
}

/**
 * A value field.Error prints with Go's `%#v` (its fallback for maps, slices and structs of the API types), e.g.
 * `map[string]string{"app":"web"}`; see lib/validate/builtin-rules/go-values.ts.
 */
export class GoValue {
  constructor(readonly text: string) {}
}

/** The JSON type name kube-openapi reports for a value (`must be of type integer: "string"`). */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function finding(rule: string, field: string | undefined, message: string, severity: Severity = 'error'): Finding {
  return field === undefined ? { severity, rule, message } : { severity, rule, field, message };
}

/** `Invalid value: 50: <detail>` (field.Invalid); `field` undefined for errors the API server reports at `<nil>`. */
export function invalid(rule: string, field: string | undefined, value: unknown, detail: string): Finding {
  return finding(rule, field, `Invalid value: ${formatValue(value)}: ${detail}`);
}

/** `Required value` (field.Required). */
export function required(rule: string, field: string, detail = ''): Finding {
  return finding(rule, field, detail ? `Required value: ${detail}` : 'Required value');
}

/**
 * `Unsupported value: "x": supported values: "a", "b"` (field.NotSupported). Like apiextensions, non-string
 * allowed values are written as JSON and then quoted: `supported values: "1", "2"`.
 */
export function notSupported(rule: string, field: string, value: unknown, allowed: readonly unknown[]): Finding {
  const quoted = allowed.map((a) => JSON.stringify(typeof a === 'string' ? a : JSON.stringify(a)));
  return finding(rule, field, `Unsupported value: ${formatValue(value)}: supported values: ${quoted.join(', ')}`);
}

/** `Duplicate value: {"name":"a"}` (field.Duplicate). */
export function duplicate(rule: string, field: string, value: unknown): Finding {
  return finding(rule, field, `Duplicate value: ${formatValue(value)}`);
}

/** `Too long: may not be longer than 5` (field.TooLongMaxLength, Kubernetes 1.27 wording). */
export function tooLong(rule: string, field: string, max: number): Finding {
  return finding(rule, field, `Too long: may not be longer than ${max}`);
}

/** `Too many: 4: must have at most 3 items` (field.TooMany). */
export function tooMany(rule: string, field: string, actual: number, max: number): Finding {
  return finding(rule, field, `Too many: ${actual}: must have at most ${max} items`);
}

/** An unknown field, rejected as kubectl's default strict field validation does. */
export function unknownField(field: string, severity: Severity): Finding {
  return finding('schema.unknown-field', field, 'field not declared in schema', severity);
}

/** `Forbidden: <detail>` (field.Forbidden). */
export function forbidden(rule: string, field: string, detail: string): Finding {
  return finding(rule, field, `Forbidden: ${detail}`);
}

/** `Not found: "data"` (field.NotFound). */
export function notFound(rule: string, field: string, value: unknown): Finding {
  return finding(rule, field, `Not found: ${formatValue(value)}`);
}

/** The field.Error types after which the API server does not run CEL rules (see {@link isBlockingError}). */
const BLOCKING_TYPES = ['Unsupported value', 'Required value', 'Too long', 'Too many'];

/**
 * apiextensions-apiserver's `hasBlockingErr` (pkg/registry/customresource/strategy.go): a type, enum, required or
 * size (maxLength, maxItems, maxProperties) error means the object does not have the shape the CEL rules were
 * written for, so they are not run; any other error (bounds, pattern, format, duplicates) leaves them running.
 * The message starts with the field.Error type, which is what upstream checks; a wrong type is TypeInvalid,
 * printed `Invalid value` like Invalid, so it is told apart by its rule.
 */
export function isBlockingError(f: Finding): boolean {
  return f.severity === 'error' && (f.rule === 'schema.type' || BLOCKING_TYPES.some((t) => f.message.startsWith(t)));
}

/**
 * What the API server adds when it skipped the CEL rules because of a blocking error: `field.Invalid(nil, nil, ...)`,
 * printed `<nil>: Invalid value: "null": ...` (Kubernetes 1.27 to 1.32 quote the null).
 */
export function celRulesNotChecked(): Finding {
  return invalid('cel.not-checked', undefined, null,
    'some validation rules were not checked because the object was invalid; correct the existing errors to complete validation');
}
