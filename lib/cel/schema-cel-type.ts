import type { JSONSchemaProps } from '../schema/json-schema-props';
import { escapeProperty } from './escaping';

/**
 * The CEL type of a schema node, as the API server declares it (apiserver `pkg/cel/common` + `model`).
 *
 * @bufbuild/cel can only declare object types through protobuf descriptors, so objects are evaluated as
 * `map(string, dyn)` values and their declared shape lives here: our own type-check pass (typecheck.ts) uses
 * `fields` to reject selection of an undeclared field at compile time, as cel-go does with its
 * "undefined field" error.
 */
export type SchemaCelType =
  | { readonly kind: 'int' | 'double' | 'string' | 'bool' | 'bytes' | 'timestamp' | 'duration' | 'null' | 'dyn' }
  | { readonly kind: 'list'; readonly elem: SchemaCelType; readonly listType?: 'atomic' | 'set' | 'map' }
  | { readonly kind: 'map'; readonly value: SchemaCelType }
  /** `fields` are keyed by CEL field name: the property name escaped (escaping.ts). */
  | { readonly kind: 'object'; readonly fields: ReadonlyMap<string, SchemaCelType>; readonly name: string }
  | { readonly kind: 'optional'; readonly inner: SchemaCelType }
  /** A Kubernetes library type: kubernetes.URL, kubernetes.Quantity, net.IP, net.IPPrefix, kubernetes.NamedFormat. */
  | { readonly kind: 'opaque'; readonly name: string };

export const DYN: SchemaCelType = { kind: 'dyn' };
export const STRING: SchemaCelType = { kind: 'string' };
export const INT: SchemaCelType = { kind: 'int' };
export const DOUBLE: SchemaCelType = { kind: 'double' };
export const BOOL: SchemaCelType = { kind: 'bool' };

/** `apiVersion`, `kind` and the part of `metadata` CEL may see (only name and generateName, as upstream). */
function typeAndObjectMeta(): [string, SchemaCelType][] {
  const metadata: SchemaCelType = {
    kind: 'object',
    name: 'metadata',
    fields: new Map([
      ['name', STRING],
      ['generateName', STRING],
    ]),
  };
  return [
    ['apiVersion', STRING],
    ['kind', STRING],
    ['metadata', metadata],
  ];
}

/**
 * The CEL type of `schema`. `resourceRoot` adds apiVersion/kind/metadata like `model.WithTypeAndObjectMeta`.
 * Types are cached per schema node: a CRD's schema is walked once however many rules it has.
 */
export function schemaCelType(schema: JSONSchemaProps, resourceRoot = false, name = 'self'): SchemaCelType {
  if (!resourceRoot) {
    const cached = typeCache.get(schema);
    if (cached) return cached;
  }
  const t = computeType(schema, resourceRoot, name);
  if (!resourceRoot) typeCache.set(schema, t);
  return t;
}
const typeCache = new WeakMap<JSONSchemaProps, SchemaCelType>();

function computeType(s: JSONSchemaProps, resourceRoot: boolean, name: string): SchemaCelType {
  if (s['x-kubernetes-int-or-string']) return DYN;
  switch (s.type) {
    case 'integer':
      return INT;
    case 'number':
      return DOUBLE;
    case 'boolean':
      return BOOL;
    case 'string':
      if (s.format === 'date-time') return { kind: 'timestamp' };
      if (s.format === 'duration') return { kind: 'duration' };
      if (s.format === 'byte') return { kind: 'bytes' };
      return STRING;
    case 'array':
      return {
        kind: 'list',
        elem: s.items ? schemaCelType(s.items, false, `${name}.@idx`) : DYN,
        listType: s['x-kubernetes-list-type'],
      };
    case 'object': {
      const embedded = resourceRoot || s['x-kubernetes-embedded-resource'] === true;
      // Declared properties make an object type even with preserve-unknown-fields: the API server does not
      // expose unknown fields to CEL either.
      if (s.properties && Object.keys(s.properties).length > 0) {
        const fields = new Map<string, SchemaCelType>(embedded ? typeAndObjectMeta() : []);
        for (const [k, v] of Object.entries(s.properties)) {
          // fields are declared under their escaped names; a property without one is invisible (SchemaDeclType)
          const field = escapeProperty(k);
          if (field !== undefined) fields.set(field, schemaCelType(v, false, `${name}.${k}`));
        }
        return { kind: 'object', name, fields };
      }
      if (typeof s.additionalProperties === 'object') {
        return { kind: 'map', value: schemaCelType(s.additionalProperties, false, `${name}.@elem`) };
      }
      if (embedded && !s['x-kubernetes-preserve-unknown-fields']) {
        return { kind: 'object', name, fields: new Map(typeAndObjectMeta()) };
      }
      // A bare object (usually preserve-unknown-fields): we stay lenient and let any field be selected.
      return DYN;
    }
    default:
      return DYN; // untyped node: x-kubernetes-preserve-unknown-fields with no type
  }
}

/** `list(string)`, `map(string, int)`, `object(spec)`: the spelling used in error messages. */
export function typeName(t: SchemaCelType): string {
  switch (t.kind) {
    case 'list':
      return `list(${typeName(t.elem)})`;
    case 'map':
      return `map(string, ${typeName(t.value)})`;
    case 'object':
      return `object(${t.name})`;
    case 'optional':
      return `optional_type(${typeName(t.inner)})`;
    case 'opaque':
      return t.name;
    case 'null':
      return 'null_type';
    case 'timestamp':
      return 'google.protobuf.Timestamp';
    case 'duration':
      return 'google.protobuf.Duration';
    default:
      return t.kind;
  }
}
