/**
 * fast-check arbitraries of values a Kubernetes structural schema accepts, and single mutations that break one
 * constraint. Hand-written for the property tests: no library derives arbitraries from a CRD's openAPIV3Schema
 * with Kubernetes' extensions (int-or-string, list-type map/set). Patterns and formats are not inverted: the caller
 * supplies a few valid strings for each (checked against the pattern here), and an unknown one is an error, so a
 * new constraint in the schema fails loudly instead of being generated wrong.
 */
import fc from 'fast-check';
import { JSONSchemaProps } from '../lib';

export interface SchemaArbitraryOptions {
  /** Valid strings per `pattern` (the pattern's source as written in the schema). */
  readonly patterns: Record<string, readonly string[]>;
  /** Valid strings per `format` (formats the API server does not check, such as int32, may be absent). */
  readonly formats: Record<string, readonly string[]>;
}

const SUPPORTED = new Set(['type', 'description', 'default', 'properties', 'required', 'items', 'additionalProperties', 'enum', 'pattern',
  'format', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'anyOf', 'nullable',
  'x-kubernetes-int-or-string', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys', 'x-kubernetes-validations']);
const INT32 = 2 ** 31 - 1;
const UNCHECKED_FORMATS = new Set(['int32', 'int64', 'float', 'double']);

/** Values `schema` accepts (structurally; CEL rules are the caller's business). */
export function arbitraryOf(schema: JSONSchemaProps, opts: SchemaArbitraryOptions, path = ''): fc.Arbitrary<unknown> {
  for (const k of Object.keys(schema)) if (!SUPPORTED.has(k)) throw new Error(`${path || 'root'}: schema keyword ${k} is not supported by the generator`);
  if (schema['x-kubernetes-int-or-string']) {
    return fc.oneof(integers(schema), schema.pattern ? strings(schema, opts, path) : fc.string({ maxLength: 8 }));
  }
  switch (schema.type) {
    case 'object': return objects(schema, opts, path);
    case 'array': return arrays(schema, opts, path);
    case 'string': return strings(schema, opts, path);
    case 'integer': return integers(schema);
    case 'number': return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true });
    case 'boolean': return fc.boolean();
    default: throw new Error(`${path || 'root'}: type ${schema.type} is not supported by the generator`);
  }
}

function objects(schema: JSONSchemaProps, opts: SchemaArbitraryOptions, path: string): fc.Arbitrary<unknown> {
  if (schema.properties) {
    const model = Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, arbitraryOf(s, opts, `${path}.${k}`)]));
    return fc.record(model, { requiredKeys: schema.required ?? [] });
  }
  if (typeof schema.additionalProperties === 'object') {
    return fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), arbitraryOf(schema.additionalProperties, opts, `${path}[*]`), { maxKeys: 3 });
  }
  return fc.constant({}); // `type: object` and nothing else (metadata): the caller fills it in
}

function arrays(schema: JSONSchemaProps, opts: SchemaArbitraryOptions, path: string): fc.Arbitrary<unknown> {
  const item = arbitraryOf(schema.items as JSONSchemaProps, opts, `${path}[*]`);
  const sizes = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) };
  const keys = schema['x-kubernetes-list-map-keys'];
  if (schema['x-kubernetes-list-type'] === 'map' && keys) {
    return fc.uniqueArray(item, { ...sizes, selector: (v) => JSON.stringify(keys.map((k) => (v as Record<string, unknown>)[k])) });
  }
  if (schema['x-kubernetes-list-type'] === 'set') return fc.uniqueArray(item, { ...sizes, selector: (v) => JSON.stringify(v) });
  return fc.array(item, sizes);
}

function strings(schema: JSONSchemaProps, opts: SchemaArbitraryOptions, path: string): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  const fits = (s: string) => [...s].length <= (schema.maxLength ?? Infinity) && [...s].length >= (schema.minLength ?? 0);
  if (schema.pattern) {
    const samples = opts.patterns[schema.pattern];
    if (!samples) throw new Error(`${path}: no sample strings for pattern ${schema.pattern}`);
    const re = new RegExp(schema.pattern, 'u');
    for (const s of samples) if (!re.test(s) || !fits(s)) throw new Error(`${path}: sample ${JSON.stringify(s)} does not fit its schema`);
    return fc.constantFrom(...samples);
  }
  if (schema.format && !UNCHECKED_FORMATS.has(schema.format)) {
    const samples = opts.formats[schema.format];
    if (!samples) throw new Error(`${path}: no sample strings for format ${schema.format}`);
    return fc.constantFrom(...samples);
  }
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 12, 12) });
}

function integers(schema: JSONSchemaProps): fc.Arbitrary<number> {
  return fc.integer({ min: schema.minimum ?? -INT32, max: schema.maximum ?? INT32 });
}

/** One change to a valid value that breaks exactly one constraint, and the field path the error must name. */
export interface Mutation {
  readonly field: string;
  readonly what: string;
  apply(root: Record<string, unknown>): void;
}

/**
 * Every single-constraint mutation of `value` (valid for `schema`): bounds, enum, lengths, pattern, type, a
 * required field removed, an undeclared field added, too many items, a duplicate list-map key. Paths are kubectl's;
 * `path` '' is the object's root.
 */
export function mutationsOf(schema: JSONSchemaProps, value: unknown, path: string): Mutation[] {
  const out: Mutation[] = [];
  // Setters go through the path from the root, so a mutation can be applied to a fresh copy.
  const set = (field: string, what: string, make: () => unknown) => out.push({ field, what, apply: (root) => assign(root, field, make()) });
  const intOrString = !!schema['x-kubernetes-int-or-string'];
  if (typeof value === 'number') {
    if (schema.maximum !== undefined) set(path, 'above maximum', () => schema.maximum! + 1);
    if (schema.minimum !== undefined) set(path, 'below minimum', () => schema.minimum! - 1);
    if (schema.type === 'integer') set(path, 'not an integer', () => 1.5);
  }
  if (typeof value === 'string') {
    if (schema.enum) set(path, 'not in enum', () => 'not-in-the-enum');
    if (schema.maxLength !== undefined) set(path, 'too long', () => 'a'.repeat(schema.maxLength! + 1));
    if (schema.minLength) set(path, 'too short', () => '');
    if (schema.pattern) set(path, 'pattern', () => '!');
  }
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (path) set(path, 'wrong type', () => (intOrString || schema.type === 'string' ? true : schema.type === 'boolean' ? 'yes please' : 'a string'));
  if (schema.type === 'object' && value && typeof value === 'object' && schema.properties) {
    const obj = value as Record<string, unknown>;
    for (const r of schema.required ?? []) out.push({ field: at(r), what: 'required removed', apply: (root) => remove(root, at(r)) });
    set(at('zzUndeclared'), 'undeclared field', () => 1);
    for (const [k, s] of Object.entries(schema.properties)) if (k in obj) out.push(...mutationsOf(s, obj[k], at(k)));
  }
  if (schema.type === 'array' && Array.isArray(value) && value.length > 0) {
    const items = schema.items as JSONSchemaProps;
    if (schema.maxItems !== undefined) {
      out.push({ field: path, what: 'too many items', apply: (root) => {
        const list = get(root, path) as unknown[];
        const keys = schema['x-kubernetes-list-map-keys'] ?? [];
        // copies with their map keys changed, so that only maxItems is broken (not uniqueness)
        while (list.length <= schema.maxItems!) list.push({ ...(list[0] as object), ...Object.fromEntries(keys.map((k) => [k, `k${list.length}`])) });
      } });
    }
    if (schema['x-kubernetes-list-type'] === 'map') {
      out.push({ field: `${path}[${value.length}]`, what: 'duplicate map key', apply: (root) => (get(root, path) as unknown[]).push(structuredClone(value[0])) });
    }
    value.forEach((v, i) => out.push(...mutationsOf(items, v, `${path}[${i}]`)));
  }
  return out;
}

/** `spec.users[1].name` → ['spec', 'users', 1, 'name'] */
function steps(field: string): (string | number)[] {
  return field.split(/\.|(?=\[)/).filter(Boolean).map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s));
}

const walk = (root: unknown, path: (string | number)[]) => path.reduce((v: any, s) => v[s], root);
const get = (root: unknown, field: string): unknown => walk(root, steps(field));

function assign(root: unknown, field: string, value: unknown): void {
  const s = steps(field);
  walk(root, s.slice(0, -1))[s.at(-1)!] = value;
}

function remove(root: unknown, field: string): void {
  const s = steps(field);
  delete walk(root, s.slice(0, -1))[s.at(-1)!];
}
