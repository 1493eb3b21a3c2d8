import { JSONSchemaProps } from '../crd/schema';

/**
 * Structural defaulting, as the API server does when it decodes a custom resource: before any validation, an
 * absent field (or a `null` one whose schema is not nullable) whose schema has a `default` gets a copy of it, at
 * every depth (properties, additionalProperties, items). Without it a rule such as `self.engine != 'redis'`
 * would fail with "no such key" on an object that leaves `engine` to its default.
 *
 * Copy on write: the input is never modified, and an object that needs no default is returned as it is.
 * Hand-written: no library implements Kubernetes' defaulting semantics.
 */
export function applyDefaults(schema: JSONSchemaProps, value: unknown): unknown {
  if (!hasDefaults(schema)) return value;
  if (Array.isArray(value)) {
    const items = schema.items;
    if (!items || typeof items !== 'object') return value;
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = applyDefaults(items, item);
      if (next !== item) (out ??= [...value])[i] = next;
    });
    return out ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  const set = (key: string, next: unknown) => {
    out ??= copyOf(obj);
    out[key] = next;
  };
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const present = Object.prototype.hasOwnProperty.call(obj, key);
    const current = present ? obj[key] : undefined;
    if ((!present || (current === null && !prop.nullable)) && prop.default !== undefined) {
      set(key, applyDefaults(prop, structuredClone(prop.default)));
    } else if (present) {
      const next = applyDefaults(prop, current);
      if (next !== current) set(key, next);
    }
  }
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object') {
    for (const [key, current] of Object.entries(obj)) {
      const next = applyDefaults(extra, current);
      if (next !== current) set(key, next);
    }
  }
  return out ?? value;
}

/** A copy that keeps keys such as `__proto__` as plain data (never as the prototype). */
function copyOf(obj: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(obj));
  for (const key of Object.keys(obj)) Object.defineProperty(copy, key, { value: obj[key], enumerable: true, writable: true, configurable: true });
  return copy;
}

const cache = new WeakMap<JSONSchemaProps, boolean>();

/** Whether any node below (and including) `schema` declares a default; cached, so unaffected subtrees cost nothing. */
function hasDefaults(schema: JSONSchemaProps): boolean {
  let known = cache.get(schema);
  if (known === undefined) {
    cache.set(schema, false); // guards against a cyclic schema object
    const props = Object.values(schema.properties ?? {});
    const extra = typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : [];
    const items = schema.items && typeof schema.items === 'object' ? [schema.items] : [];
    known = [...props, ...extra, ...items].some((s) => s.default !== undefined || hasDefaults(s));
    cache.set(schema, known);
  }
  return known;
}
