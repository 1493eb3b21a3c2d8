import { Finding, ObjectRef } from '../report/finding';

// Field paths and messages follow k8s.io/apimachinery's field.Path and field.Error so a finding reads exactly
// like the API server's rejection: `spec.names.plural: Invalid value: "Foo": ...`.

/** `parent.name` */
export const child = (path: string, name: string): string => (path ? `${path}.${name}` : name);
/** `parent[key]` (map keys and schema property names, unquoted like field.Path.Key) */
export const key = (path: string, k: string): string => `${path}[${k}]`;
/** `parent[3]` */
export const index = (path: string, i: number): string => `${path}[${i}]`;

/** Formats a value as field.Error does: strings quoted, numbers and booleans bare, the rest as JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return JSON.stringify(value) ?? 'undefined';
}

/** Makes findings about one CRD, each with its rule id. */
export class FieldErrors {
  constructor(private readonly object: ObjectRef) {}

  public invalid(rule: string, field: string, value: unknown, detail: string): Finding {
    return this.make(rule, field, `Invalid value: ${formatValue(value)}: ${detail}`);
  }

  public required(rule: string, field: string, detail = ''): Finding {
    return this.make(rule, field, detail ? `Required value: ${detail}` : 'Required value');
  }

  public forbidden(rule: string, field: string, detail: string): Finding {
    return this.make(rule, field, `Forbidden: ${detail}`);
  }

  public notSupported(rule: string, field: string, value: unknown, supported: string[]): Finding {
    return this.make(rule, field,
      `Unsupported value: ${formatValue(value)}: supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`);
  }

  public duplicate(rule: string, field: string, value: unknown): Finding {
    return this.make(rule, field, `Duplicate value: ${formatValue(value)}`);
  }

  public tooMany(rule: string, field: string, actual: number, max: number): Finding {
    return this.make(rule, field, `Too many: ${actual}: must have at most ${max} items`);
  }

  private make(rule: string, field: string, message: string): Finding {
    return { severity: 'error', rule, field, message, object: this.object };
  }
}
