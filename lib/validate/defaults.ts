import { JSONSchemaProps } from '../crd/schema';

/** A copy of `object` with the defaults of `schema` applied (the object itself is left as written). */
export function withDefaults<T>(object: T, schema: JSONSchemaProps): T {
  let copy: T;
  try {
    copy = structuredClone(object);
  } catch {
    return object; // not plain data (a function inside): validated as given, never a crash
  }
  applyDefaults(copy, schema);
  return copy;
}

/**
 * Structural defaulting, as the API server applies it to a custom resource before validating it (and before its
 * CEL rules see it): every absent property with a `default`, and every `null` in a non-nullable one, gets a copy
 * of the default; recursively through properties, additionalProperties and items. Mutates `value`.
 * Hand-written after apiextensions-apiserver's defaulting.Default: no library applies CRD defaults.
 */
export function applyDefaults(value: unknown, schema: JSONSchemaProps | undefined, depth = 0): void {
  if (!schema || typeof value !== 'object' || value === null || depth > 1000) return;
  if (Array.isArray(value)) {
    const items = schema.items as JSONSchemaProps | undefined;
    for (let i = 0; i < value.length; i++) {
      if (isNonNullableNull(value[i], items) && items?.default !== undefined) value[i] = structuredClone(items.default);
      applyDefaults(value[i], items, depth + 1);
    }
    return;
  }
  const obj = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  for (const [k, prop] of Object.entries(properties)) {
    if (prop.default === undefined) continue;
    if (!Object.hasOwn(obj, k) || isNonNullableNull(obj[k], prop)) setOwn(obj, k, structuredClone(prop.default));
  }
  const additional = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  for (const k of Object.keys(obj)) {
    if (Object.hasOwn(properties, k)) {
      applyDefaults(obj[k], properties[k], depth + 1);
    } else if (additional) {
      if (isNonNullableNull(obj[k], additional) && additional.default !== undefined) setOwn(obj, k, structuredClone(additional.default));
      applyDefaults(obj[k], additional, depth + 1);
    }
  }
}

const isNonNullableNull = (v: unknown, s: JSONSchemaProps | undefined) => v === null && !!s && !s.nullable;

/** Assignment that keeps `__proto__` and friends plain data keys, as the reader does. */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}
