import { JSONSchemaProps } from '../schema/json-schema-props';

/**
 * Structural defaulting, as the API server applies it to a custom resource before validating it (and before its
 * CEL rules see it): every absent property with a `default`, and every `null` in a non-nullable property, item
 * or map value with a `default`, gets a copy of the default; recursively through properties,
 * additionalProperties and items. Without it a rule such as `self.engine != 'redis'` fails with "no such key"
 * on an object that leaves `engine` to its default.
 *
 * Copy on write: `object` is never modified, and an object that needs no default is returned as it is (no copy
 * for the common case, which matters at 10,000 objects a synth). Hand-written after apiextensions-apiserver's
 * defaulting.Default: no library applies CRD defaults.
 */
export function withDefaults<T>(object: T, schema: JSONSchemaProps): T {
  return defaulted(object, schema, 0) as T;
}

const MAX_DEPTH = 1000; // the reader refuses deeper documents; a guard for objects built in code

function defaulted(value: unknown, schema: JSONSchemaProps | undefined, depth: number): unknown {
  if (!schema || value === null || typeof value !== 'object' || depth > MAX_DEPTH || !hasDefaults(schema)) return value;
  if (Array.isArray(value)) {
    const items = typeof schema.items === 'object' ? schema.items : undefined;
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = defaultedMember(item, items, depth);
      if (next !== item) (out ??= [...value])[i] = next;
    });
    return out ?? value;
  }
  const obj = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  const set = (key: string, next: unknown) => setOwn(out ??= copyOf(obj), key, next);
  const properties = schema.properties ?? {};
  for (const [key, prop] of propertiesWithDefaults(schema)) {
    if (!Object.hasOwn(obj, key)) set(key, defaulted(copyOfDefault(prop.default), prop, depth + 1));
  }
  const additional = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  for (const key of Object.keys(obj)) {
    const sub = Object.hasOwn(properties, key) ? properties[key] : additional;
    const next = defaultedMember(obj[key], sub, depth);
    if (next !== obj[key]) set(key, next);
  }
  return out ?? value;
}

/** A present member: a `null` where the schema is not nullable takes the default; anything else recurses. */
function defaultedMember(value: unknown, schema: JSONSchemaProps | undefined, depth: number): unknown {
  if (value === null && schema && !schema.nullable && schema.default !== undefined) {
    return defaulted(copyOfDefault(schema.default), schema, depth + 1);
  }
  return defaulted(value, schema, depth + 1);
}

/** A copy of a schema's default for one object: its own objects, no copy for a scalar (most defaults are). */
function copyOfDefault(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? structuredClone(value) : value;
}

/** A shallow copy; spread defines data properties, so an own `__proto__` key stays plain data. */
function copyOf(obj: Record<string, unknown>): Record<string, unknown> {
  return { ...obj };
}

/** Assignment that keeps `__proto__` a plain data key, as the reader does (defineProperty only there: it is slow). */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

const withDefaultProperties = new WeakMap<JSONSchemaProps, ReadonlyArray<readonly [string, JSONSchemaProps]>>();

/** The properties of `schema` that declare a default, in order; cached per schema (asked once per object). */
function propertiesWithDefaults(schema: JSONSchemaProps): ReadonlyArray<readonly [string, JSONSchemaProps]> {
  let found = withDefaultProperties.get(schema);
  if (!found) {
    found = Object.entries(schema.properties ?? {}).filter(([, prop]) => prop.default !== undefined);
    withDefaultProperties.set(schema, found);
  }
  return found;
}

const withDefaultsBelow = new WeakMap<JSONSchemaProps, boolean>();

/** Whether `schema` or any node below it declares a default; cached, so subtrees without defaults cost nothing. */
function hasDefaults(schema: JSONSchemaProps): boolean {
  let known = withDefaultsBelow.get(schema);
  if (known === undefined) {
    withDefaultsBelow.set(schema, false); // guards against a cyclic schema object
    const children = [
      ...Object.values(schema.properties ?? {}),
      ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
      ...(schema.items && typeof schema.items === 'object' ? [schema.items] : []),
    ];
    known = children.some((s) => s.default !== undefined || hasDefaults(s));
    withDefaultsBelow.set(schema, known);
  }
  return known;
}
