/**
 * Field errors worded as k8s.io/apimachinery `field.Error` prints them (`<path>: <Type>: <value>: <detail>`),
 * so a finding reads exactly like the API server's rejection. The field path is kept in `Finding.field`
 * (built with field-path.ts); these helpers build the rest of the line. The one module for every check: the
 * validator, the built-in kinds' rules, the CRD rules and the CRD upgrade rules.
 */
import { Finding, ObjectRef, Severity } from '../report/finding';

/**
 * The value part as field.Error prints it (errors.go `ErrorBody`): strings quoted, numbers and booleans bare,
 * the rest as JSON, whole (upstream does not shorten a value). A missing value (null, or undefined: absent in
 * JavaScript) is the string "null", quoted, as apimachinery up to Kubernetes 1.32 prints a nil value.
 */
export function formatValue(v: unknown): string {
  if (v instanceof GoValue) return v.text;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return '"null"';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v); // a BigInt or a cycle: no JSON form
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
 * `Unsupported value: "x": supported values: "a", "b"` (field.NotSupported: each supported value quoted, as
 * strconv.Quote does). Values that are not strings are the caller's to spell (see {@link enumValueStrings}).
 */
export function notSupported(rule: string, field: string, value: unknown, allowed: readonly string[]): Finding {
  const quoted = allowed.map((a) => JSON.stringify(a));
  return finding(rule, field, `Unsupported value: ${formatValue(value)}: supported values: ${quoted.join(', ')}`);
}

/**
 * An `enum`'s values as apiextensions passes them to field.NotSupported: strings as they are, anything else as
 * JSON (so `supported values: "1", "2"`).
 */
export function enumValueStrings(values: readonly unknown[]): string[] {
  return values.map((a) => (typeof a === 'string' ? a : JSON.stringify(a)));
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

/** The helpers above, each finding about one object: the CRD rules report on the CRD they check. */
export class FieldErrors {
  constructor(private readonly object: ObjectRef) {}

  public invalid(rule: string, field: string, value: unknown, detail: string): Finding {
    return { ...invalid(rule, field, value, detail), object: this.object };
  }

  public required(rule: string, field: string, detail = ''): Finding {
    return { ...required(rule, field, detail), object: this.object };
  }

  public forbidden(rule: string, field: string, detail: string): Finding {
    return { ...forbidden(rule, field, detail), object: this.object };
  }

  public notSupported(rule: string, field: string, value: unknown, allowed: readonly string[]): Finding {
    return { ...notSupported(rule, field, value, allowed), object: this.object };
  }

  public duplicate(rule: string, field: string, value: unknown): Finding {
    return { ...duplicate(rule, field, value), object: this.object };
  }

  public tooMany(rule: string, field: string, actual: number, max: number): Finding {
    return { ...tooMany(rule, field, actual, max), object: this.object };
  }
}
