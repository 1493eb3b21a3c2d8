import { JSONSchemaProps } from '../schema/json-schema-props';

/**
 * apiextensions-apiserver's `PruneNonNullableNullsWithoutDefaults` (pkg/apiserver/schema/defaulting), which the
 * API server runs on a custom resource before defaulting and validation: a `null` in a property or map value
 * whose schema is neither nullable nor has a default is removed, as if it had not been written. Nulls with a
 * default are left for defaulting (`withDefaults`), nulls in lists are kept (and then fail the type check).
 *
 * Copy on write: `object` is never modified; an object without such nulls is returned as it is.
 */
export function pruneNulls<T>(object: T, schema: JSONSchemaProps): T {
  return pruned(object, schema, 0) as T;
}

const MAX_DEPTH = 1000;

function pruned(value: unknown, schema: JSONSchemaProps | undefined, depth: number): unknown {
  if (!schema || value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = typeof schema.items === 'object' ? schema.items : undefined;
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = pruned(item, items, depth + 1);
      if (next !== item) (out ??= [...value])[i] = next;
    });
    return out ?? value;
  }
  const obj = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  const additional = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(obj)) {
    const sub = Object.hasOwn(properties, key) ? properties[key] : additional;
    if (!sub) continue;
    const v = obj[key];
    if (v === null && !sub.nullable && sub.default === undefined) {
      out ??= { ...obj };
      delete out[key];
      continue;
    }
    const next = pruned(v, sub, depth + 1);
    if (next !== v) {
      out ??= { ...obj };
      if (key === '__proto__') Object.defineProperty(out, key, { value: next, writable: true, enumerable: true, configurable: true });
      else out[key] = next;
    }
  }
  return out ?? value;
}
